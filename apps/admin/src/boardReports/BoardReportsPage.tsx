// Rapporter till styrelsen: produce a Delårsrapport T1/T2 or Årsrapport for a project and
// year as a stored PDF, list the stored ones and download them as stored. Another förbund
// (external) names the förbund and project whose published figures it prints.
import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  CardContent,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { Title, useGetList, useLocaleState } from 'react-admin';
import { scopeOf, usePolicy } from '../auth/permissions';
import { useFinsamQuery } from '../api/useFinsamQuery';
import { BOARD_REPORT_PERIODS, type BoardReportPeriod } from './boardReportPeriod';
import { listBoardReports } from './boardReportOperations';
import { useProduce } from './useProduce';
import { BOARD_REPORT_TEXTS } from './boardReportTexts';
import { StoredBoardReports } from './StoredBoardReports';
import { OtherAssociationFields } from './OtherAssociationFields';

export function BoardReportsPage() {
  const [locale] = useLocaleState();
  const t = BOARD_REPORT_TEXTS[locale === 'en' ? 'en' : 'sv'];
  const policy = usePolicy();
  const otherFörbund = scopeOf(policy, 'boardReport.produce') === 'AGGREGATES';
  const [projectId, setProjectId] = useState('');
  const [associationId, setAssociationId] = useState('');
  const [year, setYear] = useState(() => String(new Date().getFullYear()));
  const [period, setPeriod] = useState<BoardReportPeriod>('T2');
  const projects = useGetList<{ id: string; name: string }>(
    'Project',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: !otherFörbund },
  );
  const stored = useFinsamQuery(['boardReports'], () => listBoardReports());
  const { busy, error, run } = useProduce(t, () => void stored.reload());
  const produce = () =>
    run({
      projectId,
      year: Number(year),
      period,
      ...(otherFörbund && associationId ? { associationId } : {}),
    });
  return (
    <Stack spacing={2} sx={{ my: 2 }}>
      <Title title={t.title} />
      <Typography variant="h5" component="h1">
        {t.title}
      </Typography>
      <Typography variant="body2">{t.intro}</Typography>
      <Card>
        <CardContent>
          <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap>
            {otherFörbund ? (
              <OtherAssociationFields
                texts={t}
                associationId={associationId}
                projectId={projectId}
                onAssociation={setAssociationId}
                onProject={setProjectId}
              />
            ) : (
              <TextField
                select
                size="small"
                sx={{ minWidth: 280 }}
                label={t.project}
                value={projectId}
                onChange={(e) => setProjectId(e.target.value)}
                data-testid="board-report-project"
              >
                {(projects.data ?? []).map((p) => (
                  <MenuItem key={p.id} value={p.id}>
                    {p.name}
                  </MenuItem>
                ))}
              </TextField>
            )}
            <TextField
              size="small"
              type="number"
              label={t.year}
              value={year}
              onChange={(e) => setYear(e.target.value)}
              sx={{ width: 110 }}
            />
            <TextField
              select
              size="small"
              sx={{ minWidth: 200 }}
              label={t.period}
              value={period}
              onChange={(e) => setPeriod(e.target.value as BoardReportPeriod)}
              data-testid="board-report-period"
            >
              {BOARD_REPORT_PERIODS.map((p) => (
                <MenuItem key={p} value={p}>
                  {t[p]}
                </MenuItem>
              ))}
            </TextField>
            <Button
              variant="contained"
              disabled={busy || !projectId}
              onClick={() => void produce()}
            >
              {busy ? t.producing : t.produce}
            </Button>
          </Stack>
          {error ? (
            <Alert severity="error" sx={{ mt: 2 }} role="alert">
              {error}
            </Alert>
          ) : null}
        </CardContent>
      </Card>
      <StoredBoardReports reports={stored.data ?? []} texts={t} />
    </Stack>
  );
}
