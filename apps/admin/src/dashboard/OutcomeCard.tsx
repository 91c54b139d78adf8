import { Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { OutcomeSummary } from '../api/types';
import { formatPercent } from '../lib/format';

function ShareBar({
  label,
  share,
  goal,
  detail,
}: {
  label: string;
  share: number | null;
  goal: number;
  detail: string;
}) {
  const value = Math.min(100, Math.max(0, (share ?? 0) * 100));
  const reached = share !== null && share >= goal;
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" justifyContent="space-between">
        <Typography variant="body2">{label}</Typography>
        <Typography variant="body2" sx={{ fontWeight: 700 }}>
          {formatPercent(share)} <span style={{ fontWeight: 400 }}>({detail})</span>
        </Typography>
      </Stack>
      <LinearProgress
        variant="determinate"
        value={value}
        color={reached ? 'success' : 'warning'}
        aria-label={`${label}: ${formatPercent(share)}`}
      />
    </Stack>
  );
}

export function OutcomeCard({ outcome }: { outcome: OutcomeSummary }) {
  const translate = useTranslate();
  const detail = (work: number, total: number) =>
    translate('app.dashboard.of', { part: work, total });
  return (
    <Card component="section" aria-labelledby="outcome-title">
      <CardContent>
        <Typography id="outcome-title" variant="h6" component="h2">
          {translate('app.dashboard.outcome', { goal: formatPercent(outcome.goal) })}
        </Typography>
        <Stack spacing={1.5} sx={{ mt: 1 }}>
          <ShareBar
            label={translate('app.dashboard.all')}
            share={outcome.share}
            goal={outcome.goal}
            detail={detail(outcome.toWorkOrStudies, outcome.discharged)}
          />
          {outcome.byGender.map((g) => (
            <ShareBar
              key={g.gender}
              label={translate(`app.enum.Gender.${g.gender}`)}
              share={g.share}
              goal={outcome.goal}
              detail={detail(g.toWorkOrStudies, g.discharged)}
            />
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
