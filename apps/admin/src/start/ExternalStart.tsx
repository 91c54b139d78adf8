// Another förbund's start page: the figures the association publishes to it, i.e. the
// outcome report for this year so far, after disclosure control, and the way to the rest.
import { useMemo } from 'react';
import {
  Alert,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Stack,
  Typography,
} from '@mui/material';
import AssessmentIcon from '@mui/icons-material/Assessment';
import { Link, Title, useTranslate } from 'react-admin';
import { useFinsam } from '../api/useFinsam';
import { readUser } from '../auth/session';
import { CUSTOM_ROUTES } from '../layout/customRoutes';
import { toIsoDate } from '../lib/format';
import { useFinsamQuery } from '../api/useFinsamQuery';
import { ReportTableView } from '../reports/ReportTableView';

export function ExternalStart() {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.start.external.${key}`, options);
  const finsam = useFinsam();
  const { from, to } = useMemo(() => {
    const today = new Date();
    return { from: `${today.getFullYear()}-01-01`, to: toIsoDate(today) };
  }, []);
  const outcome = useFinsamQuery(['report', 'outcomeReport', from, to], () =>
    finsam.report('outcomeReport', { from, to }),
  );
  const association = readUser()?.associationName ?? '';
  return (
    <Stack spacing={2} sx={{ my: 2 }}>
      <Title title={translate('app.start.title')} />
      <Typography variant="h5" component="h1">
        {t('heading', { association })}
      </Typography>
      <Typography color="text.secondary">{t('intro')}</Typography>
      <Card component="section" aria-label={t('outcome')}>
        <CardContent sx={{ overflowX: 'auto' }}>
          {outcome.error != null && <Alert severity="error">{translate('app.error.load')}</Alert>}
          {outcome.loading && <CircularProgress aria-label={translate('ra.page.loading')} />}
          {outcome.data && <ReportTableView table={outcome.data} />}
        </CardContent>
      </Card>
      <div>
        <Button
          component={Link}
          to={CUSTOM_ROUTES.reports}
          startIcon={<AssessmentIcon />}
          variant="contained"
        >
          {t('allReports')}
        </Button>
      </div>
    </Stack>
  );
}
