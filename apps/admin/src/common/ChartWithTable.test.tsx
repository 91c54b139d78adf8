import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nContextProvider } from 'react-admin';
import { ChartWithTable } from './ChartWithTable';
import { buildI18nProvider } from '../i18n/i18nProvider';
import { colourAt, dashAt } from '../reallocationPlanning/caseloadData';

function chart() {
  return render(
    <I18nContextProvider value={buildI18nProvider()}>
      <ChartWithTable
        caption="Deltagare per heltid per kommun och månad"
        rowHeader={{ key: 'month', label: 'Månad' }}
        columns={[
          { key: 'a', label: 'Eksjö' },
          { key: 'b', label: 'Nässjö' },
        ]}
        rows={[
          { month: '2026-10', a: 18.5, b: null },
          { month: '2026-11', a: 21, b: 12.25 },
        ]}
        format={(v) => (v === null ? '–' : String(v).replace('.', ','))}
      >
        <svg data-testid="drawing" />
      </ChartWithTable>
    </I18nContextProvider>,
  );
}

describe('a chart with its table', () => {
  afterEach(cleanup);

  it('is a figure named by its caption, the drawing hidden from assistive technology', () => {
    chart();
    const figure = screen.getByRole('figure', { name: /Deltagare per heltid/ });
    expect(within(figure).getByTestId('drawing').closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('shows the same figures as a captioned table at a press of "Visa som tabell"', () => {
    chart();
    fireEvent.click(screen.getByRole('button', { name: 'Visa som tabell' }));
    const table = screen.getByRole('table', { name: 'Deltagare per heltid per kommun och månad' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual(['MånadEksjöNässjö', '2026-1018,5–', '2026-112112,25']);
    expect(
      screen.getByRole('button', { name: 'Visa som diagram' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('gives each line its own dash pattern, not only its colour', () => {
    const lines = [0, 1, 2, 3, 4, 5, 6].map((i) => `${colourAt(i)} ${dashAt(i)}`);
    expect(new Set([0, 1, 2, 3, 4, 5, 6].map(dashAt)).size).toBe(7);
    expect(new Set(lines).size).toBe(7);
  });
});
