import { describe, expect, it } from 'vitest';
import { isPanelPage } from './NotAllowed';

describe('a typed address the role may not open', () => {
  it('is a panel page when it names a resource or a screen, whatever the case', () => {
    expect(isPanelPage('/Participant')).toBe(true);
    expect(isPanelPage('/Participant/abc/show')).toBe(true);
    expect(isPanelPage('/participant')).toBe(true);
    expect(isPanelPage('/omfordelning')).toBe(true);
    expect(isPanelPage('/audit')).toBe(true);
  });
  it('is not one for an unknown path or the start page', () => {
    expect(isPanelPage('/')).toBe(false);
    expect(isPanelPage('/nothing-here')).toBe(false);
  });
});
