import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nContextProvider } from 'react-admin';
import { buildI18nProvider } from '../i18n/i18nProvider';
import { AllocationTable } from './AllocationTable';
import type { AllocationRow } from '../api/types';

const rows: AllocationRow[] = [
  {
    municipalityId: 'm1',
    municipalityName: 'Nässjö',
    fte: 1.5,
    activeParticipants: 24,
    caseloadPerFte: 16,
    band: 3,
    referralsWaiting: 2,
  },
  {
    municipalityId: 'm2',
    municipalityName: 'Eksjö',
    fte: 1,
    activeParticipants: 26,
    caseloadPerFte: 26,
    band: 1,
    referralsWaiting: 5,
  },
];
const lines = [
  { municipalityId: 'm1', municipalityName: 'Nässjö', currentFte: 1.5, proposedFte: 1 },
  { municipalityId: 'm2', municipalityName: 'Eksjö', currentFte: 1, proposedFte: 1.5 },
];

function renderTable(onStep = vi.fn(), onSet = vi.fn()) {
  render(
    <I18nContextProvider value={buildI18nProvider()}>
      <AllocationTable
        rows={rows}
        lines={lines}
        step={0.5}
        invalidIds={new Set()}
        readOnly={false}
        onStep={onStep}
        onSet={onSet}
      />
    </I18nContextProvider>,
  );
  return { onStep, onSet };
}

afterEach(cleanup);

describe('AllocationTable', () => {
  it('labels each proposed-FTE input in Swedish with the municipality', () => {
    renderTable();
    const input = screen.getByLabelText('Föreslagen tjänstegrad Nässjö');
    expect((input as HTMLInputElement).value).toBe('1');
    expect(screen.getByTestId('change-Nässjö').textContent).toBe('−0,5');
    expect(screen.getByTestId('change-Eksjö').textContent).toBe('+0,5');
    expect(screen.getByTestId('proposed-total').textContent).toBe('2,5');
  });

  it('steps with the +/− buttons and accepts typed values with a comma', () => {
    const { onStep, onSet } = renderTable();
    fireEvent.click(screen.getByRole('button', { name: 'Öka Nässjö med 0,5' }));
    expect(onStep).toHaveBeenCalledWith('m1', 1);
    fireEvent.click(screen.getByRole('button', { name: 'Minska Eksjö med 0,5' }));
    expect(onStep).toHaveBeenCalledWith('m2', -1);
    fireEvent.change(screen.getByLabelText('Föreslagen tjänstegrad Eksjö'), {
      target: { value: '1,25' },
    });
    expect(onSet).toHaveBeenCalledWith('m2', 1.25);
  });
});
