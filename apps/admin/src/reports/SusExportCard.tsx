// SUS-export (managers): registrations in [from, to) as a CSV file or an Excel workbook.
import { useMemo, useState } from 'react';
import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useNotify, useTranslate } from 'react-admin';
import { useFinsam } from '../api/useFinsam';
import { IsoDateInput } from '../common/IsoDateInput';
import { isIsoDate, toIsoDate } from '../lib/format';
import { susFileName } from '../audit/filters';
import { downloadCsv, downloadXlsx } from './download';

const P = 'app.sus';

export function SusExportCard() {
  const translate = useTranslate();
  const finsam = useFinsam();
  const notify = useNotify();
  const today = useMemo(() => new Date(), []);
  const [from, setFrom] = useState(`${today.getFullYear()}-01-01`);
  const [to, setTo] = useState(toIsoDate(today));
  const [busy, setBusy] = useState(false);
  const t = (key: string) => translate(`${P}.${key}`);
  const valid = isIsoDate(from) && isIsoDate(to) && from < to;
  const run = async () => {
    setBusy(true);
    try {
      const csv = await finsam.susExport({ from, to });
      downloadCsv(csv, susFileName(from, to));
      notify(`${P}.done`, { type: 'info' });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'app.error.INTERNAL_SERVER_ERROR', {
        type: 'error',
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card component="section" aria-labelledby="sus-export-title">
      <CardContent>
        <Typography id="sus-export-title" variant="h6" component="h2">
          {t('title')}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {t('help')}
        </Typography>
        <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap alignItems="center">
          <IsoDateInput size="small" label={t('from')} value={from} onChange={setFrom} required />
          <IsoDateInput size="small" label={t('to')} value={to} onChange={setTo} required />
          <Button
            variant="outlined"
            startIcon={<DownloadIcon />}
            disabled={!valid || busy}
            onClick={() => void run()}
          >
            {t('download')}
          </Button>
          <Button
            variant="outlined"
            startIcon={<DownloadIcon />}
            disabled={!valid || busy}
            onClick={() =>
              downloadXlsx(
                `/export/sus.xlsx?${new URLSearchParams({ from, to }).toString()}`,
                susFileName(from, to).replace(/\.csv$/, '.xlsx'),
              ).catch((error: unknown) =>
                notify(error instanceof Error ? `app.error.${error.message}` : 'app.error.load', {
                  type: 'error',
                }),
              )
            }
          >
            Excel
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
