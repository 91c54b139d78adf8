// Rapporter: the gateway's reports with period/municipality/gender filters and CSV download.
import { useMemo, useState } from 'react';
import { Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Title, useGetList, useNotify, useTranslate } from 'react-admin';
import { can, usePolicy } from '../auth/permissions';
import type { Gender } from '../api/types';
import { useFinsam } from '../api/useFinsam';
import { GENDERS } from '../common/choices';
import { isIsoDate, toIsoDate } from '../lib/format';
import { useFinsamQuery } from '../api/useFinsamQuery';
import { useDefaultProject } from '../dashboard/useDefaultProject';
import { REPORT_CHOICES, type ReportChoice, csvFileName, reportQueryOf } from './cells';
import { ReportResultCard } from './ReportResultCard';
import { downloadCsv, downloadXlsx, reportExportPath } from './download';
import { IsoDateInput } from '../common/IsoDateInput';
import { SusExportCard } from './SusExportCard';

export function ReportsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const finsam = useFinsam();
  const policy = usePolicy();
  const { projectId } = useDefaultProject();
  const today = useMemo(() => new Date(), []);
  const [report, setReport] = useState<ReportChoice>('outcomeReport');
  const [from, setFrom] = useState(`${today.getFullYear()}-01-01`);
  const [to, setTo] = useState(toIsoDate(today));
  const [municipalityId, setMunicipalityId] = useState('');
  const [gender, setGender] = useState<Gender | ''>('');
  const municipalities = useGetList<{ id: string; name: string }>('Municipality', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const ready = isIsoDate(from) && isIsoDate(to);
  const table = useFinsamQuery(
    ['report', report, from, to, municipalityId, gender, projectId],
    ready
      ? () =>
          finsam.report(reportQueryOf(report).name, {
            groupBy: reportQueryOf(report).groupBy ?? null,
            projectId,
            from,
            to,
            municipalityId: municipalityId || null,
            gender: gender || null,
          })
      : null,
  );
  // Another choice's table is never shown or downloaded under this choice's name.
  const shown = table.stale ? undefined : table.data;
  const t = (key: string) => translate(`app.reports.${key}`);
  return (
    <Stack spacing={2} sx={{ my: 2 }}>
      <Title title={t('title')} />
      <Typography variant="h5" component="h1">
        {t('title')}
      </Typography>
      <Card>
        <CardContent>
          <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap>
            <TextField
              select
              fullWidth={false}
              size="small"
              sx={{ minWidth: 240 }}
              label={t('report')}
              value={report}
              onChange={(e) => setReport(e.target.value as ReportChoice)}
            >
              {REPORT_CHOICES.map((r) => (
                <MenuItem key={r} value={r}>
                  {t(`name.${r}`)}
                </MenuItem>
              ))}
            </TextField>
            <IsoDateInput size="small" label={t('from')} value={from} onChange={setFrom} required />
            <IsoDateInput size="small" label={t('to')} value={to} onChange={setTo} required />
            <TextField
              select
              fullWidth={false}
              size="small"
              sx={{ minWidth: 180 }}
              label={t('municipality')}
              value={municipalityId}
              onChange={(e) => setMunicipalityId(e.target.value)}
            >
              <MenuItem value="">{t('all')}</MenuItem>
              {(municipalities.data ?? []).map((m) => (
                <MenuItem key={m.id} value={m.id}>
                  {m.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              fullWidth={false}
              size="small"
              sx={{ minWidth: 140 }}
              label={t('gender')}
              value={gender}
              onChange={(e) => setGender(e.target.value as Gender | '')}
            >
              <MenuItem value="">{t('all')}</MenuItem>
              {GENDERS.map((g) => (
                <MenuItem key={g} value={g}>
                  {translate(`app.enum.Gender.${g}`)}
                </MenuItem>
              ))}
            </TextField>
            <Button
              variant="outlined"
              startIcon={<DownloadIcon />}
              disabled={!shown}
              onClick={() => shown && downloadCsv(shown.csv, csvFileName(report, from, to))}
            >
              {t('csv')}
            </Button>
            <Button
              variant="outlined"
              startIcon={<DownloadIcon />}
              disabled={!shown}
              onClick={() => {
                const { name, groupBy } = reportQueryOf(report);
                const path = reportExportPath(name, {
                  from,
                  to,
                  projectId,
                  groupBy: groupBy ?? null,
                  municipalityId: municipalityId || null,
                  gender: gender || null,
                });
                downloadXlsx(path, `${report}_${from}_${to}.xlsx`).catch(() =>
                  notify('app.error.load', { type: 'error' }),
                );
              }}
            >
              Excel
            </Button>
          </Stack>
        </CardContent>
      </Card>
      <ReportResultCard
        choice={report}
        table={shown}
        failed={table.error != null}
        loading={table.loading}
      />
      {can(policy, 'participant.export') && <SusExportCard />}
    </Stack>
  );
}
