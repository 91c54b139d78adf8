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
import type { Phase } from '../api/types';
import { useFinsam } from '../api/useFinsam';
import { PHASES } from '../common/choices';
import { toIsoDate } from '../lib/format';
import { useEnrollmentMutation } from './useEnrollmentMutation';
import { IsoDateInput } from '../common/IsoDateInput';

interface EnrollmentRecord {
  id: string;
  currentPhase: Phase | null;
  dischargedOn: string | null;
  version: number;
}

export function MovePhaseButton() {
  const record = useRecordContext<EnrollmentRecord>();
  const translate = useTranslate();
  const finsam = useFinsam();
  const { run, busy } = useEnrollmentMutation();
  const [open, setOpen] = useState(false);
  const [phase, setPhase] = useState<Phase>('VOCATIONAL_PROFILE');
  const [on, setOn] = useState(toIsoDate(new Date()));
  if (!record || record.dischargedOn) return null;
  const start = () => {
    const next = PHASES[PHASES.indexOf(record.currentPhase ?? 'AGREEMENT') + 1];
    setPhase(next ?? record.currentPhase ?? 'AGREEMENT');
    setOpen(true);
  };
  const submit = async () => {
    const ok = await run(
      () => finsam.moveEnrollmentPhase({ id: record.id, phase, on, version: record.version }),
      'app.enrollment.moved',
    );
    if (ok) setOpen(false);
  };
  return (
    <>
      <Button onClick={start}>{translate('app.enrollment.move')}</Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="move-phase-title">
        <DialogTitle id="move-phase-title">{translate('app.enrollment.move')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1, minWidth: 320 }}>
            <TextField
              select
              label={translate('app.enrollment.phase')}
              value={phase}
              onChange={(e) => setPhase(e.target.value as Phase)}
            >
              {PHASES.map((p) => (
                <MenuItem key={p} value={p}>
                  {translate(`app.enum.Phase.${p}`)}
                </MenuItem>
              ))}
            </TextField>
            <IsoDateInput
              label={translate('app.enrollment.on')}
              value={on}
              onChange={setOn}
              required
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={busy} onClick={() => void submit()}>
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
