// Records the income sources during participation (§9: "före, under och efter"): one dialog,
// one mutation; the gateway checks the codes against the income-source code list.
import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFinsam } from '../api/useFinsam';
import { useCodeListChoices } from '../common/codeListChoices';
import { useEnrollmentMutation } from './useEnrollmentMutation';

interface EnrollmentRecord {
  id: string;
  compensationDuring?: string[];
  version: number;
}

export function IncomeDuringButton() {
  const record = useRecordContext<EnrollmentRecord>();
  const translate = useTranslate();
  const incomeSources = useCodeListChoices('INCOME_SOURCE');
  const finsam = useFinsam();
  const { run, busy } = useEnrollmentMutation();
  const t = (key: string) => translate(`app.enrollment.${key}`);
  const [open, setOpen] = useState(false);
  const [codes, setCodes] = useState<string[]>([]);
  if (!record) return null;
  const start = () => {
    setCodes([...(record.compensationDuring ?? [])]);
    setOpen(true);
  };
  const submit = async () => {
    const ok = await run(
      () =>
        finsam.recordIncomeDuring({
          id: record.id,
          compensationDuring: codes,
          version: record.version,
        }),
      'app.enrollment.income_during_saved',
    );
    if (ok) setOpen(false);
  };
  return (
    <>
      <Button onClick={start}>{t('income_during')}</Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="income-during-title">
        <DialogTitle id="income-during-title">{t('income_during')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1, minWidth: 360 }}>
            <TextField
              select
              required
              label={t('income_during_sources')}
              value={codes}
              onChange={(e) => {
                const value: unknown = e.target.value;
                setCodes(Array.isArray(value) ? value.map(String) : String(value).split(','));
              }}
              slotProps={{ select: { multiple: true } }}
            >
              {incomeSources.map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.name}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={busy || codes.length === 0}
            onClick={() => void submit()}
          >
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
