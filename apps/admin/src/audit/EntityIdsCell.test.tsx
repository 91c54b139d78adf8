import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nContextProvider } from 'react-admin';
import { buildI18nProvider } from '../i18n/i18nProvider';
import { EntityIdsCell } from './EntityIdsCell';

const page = Array.from({ length: 25 }, (_, i) => `id-${String(i + 1).padStart(2, '0')}`);

function renderCell(ids: string[], first?: string) {
  render(
    <I18nContextProvider value={buildI18nProvider()}>
      <EntityIdsCell ids={ids} {...(first ? { first } : {})} />
    </I18nContextProvider>,
  );
}

afterEach(cleanup);

describe('EntityIdsCell', () => {
  it('shows the count and the first three ids of a list read, in Swedish', () => {
    renderCell(page);
    expect(screen.getByText('25 poster')).toBeTruthy();
    expect(screen.getByText('id-01')).toBeTruthy();
    expect(screen.getByText('id-03')).toBeTruthy();
    expect(screen.queryByText('id-04')).toBeNull();
    expect(screen.getByText('… och 22 till')).toBeTruthy();
  });
  it('shows the id searched for, and a single id without a count', () => {
    renderCell(page, 'id-20');
    expect(screen.getByText('id-20')).toBeTruthy();
    cleanup();
    renderCell(['id-01']);
    expect(screen.getByText('id-01')).toBeTruthy();
    expect(screen.queryByText(/poster?$/)).toBeNull();
  });
  it('shows a dash for an action on no record', () => {
    renderCell([]);
    expect(screen.getByText('–')).toBeTruthy();
  });
});
