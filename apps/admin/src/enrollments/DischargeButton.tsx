import { useEffect, useState } from 'react';
import { focusMainContent } from '../common/focusMainContent';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFinsam } from '../api/useFinsam';
import { useCodeListChoices } from '../common/codeListChoices';
import { toIsoDate } from '../lib/format';
import { useEnrollmentMutation } from './useEnrollmentMutation';
import { IsoDateInput } from '../common/IsoDateInput';

interface EnrollmentRecord {
  id: string;
  dischargedOn: string | null;
  version: number;
}

export function DischargeButton() {
  const record = useRecordContext<EnrollmentRecord>();
  const translate = useTranslate();
  const reasons = useCodeListChoices('DISCHARGE_REASON');
  const incomeSources = useCodeListChoices('INCOME_SOURCE');
  const occupations = useCodeListChoices('OCCUPATION_AFTER');
  const finsam = useFinsam();
  const { run, busy } = useEnrollmentMutation();
  const [open, setOpen] = useState(false);
  const [on, setOn] = useState(toIsoDate(new Date()));
  const [reason, setReason] = useState('');
  const [compensation, setCompensation] = useState<string[]>([]);
  const [occupation, setOccupation] = useState('');
  const [followUp, setFollowUp] = useState(true);
  const [discharged, setDischarged] = useState(false);
  // Once the page shows the discharge this button is gone: focus goes to the page's content.
  useEffect(() => {
    if (discharged && record?.dischargedOn) focusMainContent();
  }, [discharged, record?.dischargedOn]);
  if (!record || record.dischargedOn) return null;
  const complete = reason !== '' && occupation !== '' && compensation.length > 0;
  const submit = async () => {
    const ok = await run(
      () =>
        finsam.dischargeEnrollment({
          id: record.id,
          on,
          reason,
          compensationAtEnd: compensation,
          occupationAfter: occupation,
          followUp,
          version: record.version,
        }),
      'app.enrollment.discharged',
    );
    if (ok) {
      setOpen(false);
      setDischarged(true);
    }
  };
  const t = (key: string) => translate(`app.enrollment.${key}`);
  return (
    <>
      <Button color="warning" onClick={() => setOpen(true)}>
        {t('discharge')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="discharge-title">
        <DialogTitle id="discharge-title">{t('discharge')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1, minWidth: 360 }}>
            <IsoDateInput label={t('on')} value={on} onChange={setOn} required />
            <TextField
              select
              required
              label={t('reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            >
              {reasons.map((r) => (
                <MenuItem key={r.id} value={r.id}>
                  {r.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              required
              label={t('compensation')}
              value={compensation}
              onChange={(e) => {
                const value: unknown = e.target.value;
                setCompensation(
                  Array.isArray(value) ? value.map(String) : String(value).split(','),
                );
              }}
              slotProps={{ select: { multiple: true } }}
            >
              {incomeSources.map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              required
              label={t('occupation')}
              value={occupation}
              onChange={(e) => setOccupation(e.target.value)}
            >
              {occupations.map((o) => (
                <MenuItem key={o.id} value={o.id}>
                  {o.name}
                </MenuItem>
              ))}
            </TextField>
            <FormControlLabel
              control={
                <Checkbox checked={followUp} onChange={(e) => setFollowUp(e.target.checked)} />
              }
              label={t('follow_up')}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={busy || !complete} onClick={() => void submit()}>
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
