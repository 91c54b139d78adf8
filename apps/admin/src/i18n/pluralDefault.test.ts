import { describe, expect, it } from 'vitest';
import { buildI18nProvider } from './i18nProvider';

describe('plural messages translated without a count', () => {
  const i18n = buildI18nProvider();

  it('read as the plural form, not both forms joined by ||||', () => {
    expect(i18n.translate('resources.Referral.name')).toBe('Remisser');
    expect(i18n.translate('resources.Placement.name', { _: 'Placement' })).toBe('Placeringar');
  });

  it('keep the form a given count selects', () => {
    expect(i18n.translate('resources.Referral.name', { smart_count: 1 })).toBe('Remiss');
    expect(i18n.translate('resources.Referral.name', { smart_count: 3 })).toBe('Remisser');
  });

  it('leave a message that prints its count alone', () => {
    expect(i18n.translate('app.audit.idCount')).toContain('%{smart_count}');
  });

  it('work in English too', async () => {
    await i18n.changeLocale('en');
    expect(i18n.translate('resources.Placement.name')).toBe('Placements');
    await i18n.changeLocale('sv');
  });
});
