// Översikt: outcome vs goal by gender, capacity per municipality, referrals waiting,
// attestations due, SE-group months without a meeting and budget used — all computed by the gateway's `dashboard` query.
import { Suspense, lazy, useMemo } from 'react';
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { useFinsam } from '../api/useFinsam';
import { toIsoDate } from '../lib/format';
import { useFinsamQuery } from '../api/useFinsamQuery';
import { useDefaultProject } from './useDefaultProject';
import { OutcomeCard } from './OutcomeCard';
import { CapacityCard } from './CapacityCard';
import { BudgetCard, ReferralsCard, AttestationsCard } from './SmallCards';
import { SurveyCard } from './SurveyCard';
import { MeetingCadenceCard } from './MeetingCadenceCard';

// recharts only once the dashboard has its figures.
const DashboardCharts = lazy(() =>
  import('./DashboardCharts').then((m) => ({ default: m.DashboardCharts })),
);

export function Dashboard() {
  const translate = useTranslate();
  const finsam = useFinsam();
  const { projectId, projects } = useDefaultProject();
  const asOf = useMemo(() => toIsoDate(new Date()), []);
  const dashboard = useFinsamQuery(
    ['dashboard', projectId, asOf],
    projectId ? () => finsam.dashboard({ projectId, asOf }) : null,
  );
  const projectName = projects.find((p) => p.id === projectId)?.name ?? '';
  const data = dashboard.data;
  return (
    <Box sx={{ my: 2 }}>
      <Title title={translate('app.dashboard.title')} />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('app.dashboard.heading', { project: projectName, date: asOf })}
      </Typography>
      {dashboard.error != null && <Alert severity="error">{translate('app.error.load')}</Alert>}
      {!data && dashboard.loading && <CircularProgress aria-label={translate('ra.page.loading')} />}
      {data && (
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr', md: '1fr 1fr', xl: '1fr 1fr 1fr' },
          }}
        >
          <OutcomeCard outcome={data.outcome} />
          <CapacityCard rows={data.capacity} />
          <BudgetCard budget={data.budget} committed={data.committed} />
          <ReferralsCard waiting={data.referralsWaiting} />
          <AttestationsCard due={data.attestationsDue} />
          <MeetingCadenceCard rows={data.meetingCadence} />
          {projectId && <SurveyCard projectId={projectId} />}
          {projectId && (
            <Suspense fallback={null}>
              <DashboardCharts data={data} projectId={projectId} />
            </Suspense>
          )}
        </Box>
      )}
    </Box>
  );
}
