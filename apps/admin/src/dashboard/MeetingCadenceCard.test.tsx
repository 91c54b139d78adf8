import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nContextProvider } from 'react-admin';
import type { MeetingCadence } from '../api/types';
import { buildI18nProvider } from '../i18n/i18nProvider';
import { MeetingCadenceCard, lastMonthBefore, shortList } from './MeetingCadenceCard';

const window = { from: '2018-01-01', until: '2021-01-01', months: 36 };
const aneby: MeetingCadence = {
  municipalityId: 'a',
  municipalityName: 'Aneby',
  ...window,
  monthsMet: 17,
  missedMonths: ['2020-07', '2020-08', '2020-09', '2020-10', '2020-11', '2020-12'],
  lastHeldOn: '2020-06-10',
  behind: true,
};
const eksjo: MeetingCadence = {
  municipalityId: 'e',
  municipalityName: 'Eksjö',
  ...window,
  monthsMet: 36,
  missedMonths: [],
  lastHeldOn: '2020-12-14',
  behind: false,
};

function renderCard(rows: MeetingCadence[]) {
  render(
    <I18nContextProvider value={buildI18nProvider()}>
      <MeetingCadenceCard rows={rows} />
    </I18nContextProvider>,
  );
}

afterEach(cleanup);

describe('MeetingCadenceCard', () => {
  it('names the group that met in 17 of 36 months and which months it missed', () => {
    renderCard([aneby, eksjo]);
    expect(screen.getByText('Hela månader 2018-01 – 2020-12 utan möte.')).toBeTruthy();
    expect(screen.getByText('Aneby: möte 17 av 36 månader')).toBeTruthy();
    expect(
      screen.getByText(
        'Inget möte: 2020-07, 2020-08, 2020-09, 2020-10, 2020-11, 2020-12 · senast 2020-06-10',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Eksjö/)).toBeNull();
  });
  it('says so when every group met every month', () => {
    renderCard([eksjo]);
    expect(screen.getByText('Alla grupper har träffats varje månad.')).toBeTruthy();
  });
  it('reads the window and shortens a long list', () => {
    expect(lastMonthBefore('2021-01-01')).toBe('2020-12');
    expect(lastMonthBefore('2026-12-01')).toBe('2026-11');
    expect(shortList(['a', 'b', 'c'], 2)).toBe('…, b, c');
  });
});
