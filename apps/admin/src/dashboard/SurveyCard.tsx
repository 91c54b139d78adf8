// Enkätmålen: share agreeing per survey goal this year against the goal (80 %, 95 %),
// with respondents and response rate, from the gateway's `surveyReport`.
import { useMemo } from 'react';
import { Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFinsam } from '../api/useFinsam';
import type { ReportRow } from '../api/types';
import { formatPercent } from '../lib/format';
import { useFinsamQuery } from '../api/useFinsamQuery';
import { cellFor } from '../reports/cells';

/** The goal total rows of the survey table: `goal:<metric>`. */
export function surveyGoalRows(rows: readonly ReportRow[]): ReportRow[] {
  return rows.filter((row) => /^goal:[a-z_]+$/.test(row.key));
}

export function SurveyCard({ projectId }: { projectId: string }) {
  const translate = useTranslate();
  const finsam = useFinsam();
  const year = useMemo(() => new Date().getFullYear(), []);
  const table = useFinsamQuery(['report', 'surveyReport', projectId, year], () =>
    finsam.report('surveyReport', {
      projectId,
      from: `${year}-01-01`,
      to: `${year + 1}-01-01`,
    }),
  );
  const rows = surveyGoalRows(table.data?.rows ?? []);
  return (
    <Card component="section" aria-labelledby="survey-title">
      <CardContent>
        <Typography id="survey-title" variant="h6" component="h2">
          {translate('app.survey.dashboard.title', { year })}
        </Typography>
        {table.error != null && (
          <Typography color="error">{translate('app.error.load')}</Typography>
        )}
        <Stack spacing={1.5} sx={{ mt: 1 }}>
          {rows.map((row) => {
            const metric = row.key.slice('goal:'.length);
            const share = cellFor(row, 'agreeing')?.share ?? null;
            const goal = cellFor(row, 'goal')?.value ?? null;
            const respondents = cellFor(row, 'respondents')?.count ?? 0;
            const invited = cellFor(row, 'invited')?.count ?? 0;
            const rate = cellFor(row, 'answered_link')?.share ?? null;
            const reached = share !== null && goal !== null && share >= goal;
            const label = translate(`app.survey.dashboard.goal_name.${metric}`, { _: row.label });
            return (
              <Stack key={row.key} spacing={0.5} data-testid={`survey-goal-${metric}`}>
                <Stack direction="row" justifyContent="space-between" gap={1}>
                  <Typography variant="body2">
                    {label} ({translate('app.survey.dashboard.goal', { goal: formatPercent(goal) })}
                    )
                  </Typography>
                  <Typography variant="body2" sx={{ fontWeight: 700 }}>
                    {formatPercent(share, 1)}
                  </Typography>
                </Stack>
                <LinearProgress
                  variant="determinate"
                  value={Math.min(100, Math.max(0, (share ?? 0) * 100))}
                  color={reached ? 'success' : 'warning'}
                  aria-label={`${label}: ${formatPercent(share, 1)}`}
                />
                <Typography variant="caption" data-testid={`survey-respondents-${metric}`}>
                  {translate('app.survey.dashboard.detail', {
                    respondents,
                    invited,
                    rate: formatPercent(rate),
                  })}
                </Typography>
              </Stack>
            );
          })}
          {table.data && rows.length === 0 && (
            <Typography variant="body2">{translate('app.survey.dashboard.none')}</Typography>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
