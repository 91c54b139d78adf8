import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nContextProvider, RecordContextProvider } from 'react-admin';
import { buildI18nProvider } from '../i18n/i18nProvider';
import { IncomeField } from './IncomeField';

function renderIncome(record: Record<string, unknown>) {
  render(
    <I18nContextProvider value={buildI18nProvider()}>
      <RecordContextProvider value={{ id: 'e1', ...record }}>
        <IncomeField source="compensationAtStart" />
        <IncomeField source="compensationDuring" />
        <IncomeField source="compensationAtEnd" />
      </RecordContextProvider>
    </I18nContextProvider>,
  );
}

afterEach(cleanup);

// §9: "vilken typ av ersättning som personerna har före, under och efter projektdeltagandet".
describe('IncomeField', () => {
  it('shows income before, during and after as words, in the order registered', () => {
    renderIncome({
      compensationAtStart: ['activity_compensation'],
      compensationDuring: ['activity_compensation', 'salary'],
      compensationAtEnd: ['salary'],
    });
    expect(screen.getByText('Försörjning under deltagandet')).toBeTruthy();
    expect(screen.getByTestId('income-compensationDuring').textContent).toBe(
      'Aktivitetsersättning, Lön',
    );
    expect(screen.getByTestId('income-compensationAtEnd').textContent).toBe('Lön');
  });
  it('says "Ej angiven" while nothing is recorded', () => {
    renderIncome({
      compensationAtStart: ['salary'],
      compensationDuring: [],
      compensationAtEnd: null,
    });
    expect(screen.getByTestId('income-compensationDuring').textContent).toBe('Ej angiven');
    expect(screen.getByTestId('income-compensationAtEnd').textContent).toBe('Ej angiven');
  });
});
