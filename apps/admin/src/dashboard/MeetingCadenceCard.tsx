// SE groups meet every month ("träffas varje månad"): the groups that let a month pass
// without a meeting, as the gateway computed them (whole months only).
import { Card, CardContent, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MeetingCadence } from '../api/types';

export function MeetingCadenceCard({ rows }: { rows: readonly MeetingCadence[] }) {
  const translate = useTranslate();
  const behind = rows.filter((row) => row.behind);
  const first = rows[0];
  return (
    <Card component="section" aria-labelledby="meetings-title">
      <CardContent>
        <Typography id="meetings-title" variant="h6" component="h2">
          {translate('app.dashboard.meetings')}
        </Typography>
        {first && (
          <Typography variant="body2" color="text.secondary">
            {translate('app.dashboard.meetings_hint', {
              from: first.from.slice(0, 7),
              until: lastMonthBefore(first.until),
            })}
          </Typography>
        )}
        {behind.length === 0 ? (
          <Typography>{translate('app.dashboard.meetings_all_met')}</Typography>
        ) : (
          <List dense aria-labelledby="meetings-title">
            {behind.map((row) => (
              <ListItem key={row.municipalityId} data-testid="meeting-behind">
                <ListItemText
                  primary={`${row.municipalityName}: ${translate('app.dashboard.meetings_met', {
                    met: row.monthsMet,
                    months: row.months,
                  })}`}
                  secondary={`${translate('app.dashboard.meetings_missed', {
                    months: shortList(row.missedMonths),
                  })} · ${
                    row.lastHeldOn
                      ? translate('app.dashboard.meetings_last', { date: row.lastHeldOn })
                      : translate('app.dashboard.meetings_never')
                  }`}
                />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}

/** The last whole month of a window that ends (exclusive) on `until`, as YYYY-MM. */
export function lastMonthBefore(until: string): string {
  const year = Number(until.slice(0, 4));
  const month = Number(until.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** The latest missed months, newest last; older ones are in the count beside it. */
export function shortList(months: readonly string[], shown = 6): string {
  if (months.length <= shown) return months.join(', ');
  return `…, ${months.slice(-shown).join(', ')}`;
}
