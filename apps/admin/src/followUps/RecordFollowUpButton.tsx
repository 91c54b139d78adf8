// "Registrera uppföljning": records when the follow-up was done and whether the participant
// works or studies (recordFollowUp).
import { useState, type MouseEvent } from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Stack,
} from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { FollowUpRecord } from '../api/editingOperations';
import { useFinsam } from '../api/useFinsam';
import { canWriteResource } from '../auth/roles';
import { usePolicy } from '../auth/permissions';
import { IsoDateInput } from '../common/IsoDateInput';
import { useEnrollmentMutation } from '../enrollments/useEnrollmentMutation';
import { isIsoDate, toIsoDate } from '../lib/format';

export function RecordFollowUpButton() {
  const record = useRecordContext<FollowUpRecord>();
  const policy = usePolicy();
  const translate = useTranslate();
  const finsam = useFinsam();
  const { run, busy } = useEnrollmentMutation();
  const [open, setOpen] = useState(false);
  const [doneOn, setDoneOn] = useState(toIsoDate(new Date()));
  const [working, setWorking] = useState(false);
  const [studying, setStudying] = useState(false);
  if (!record || !canWriteResource(policy, 'FollowUp')) return null;
  const stop = (event: MouseEvent) => event.stopPropagation();
  const start = (event: MouseEvent) => {
    stop(event);
    setDoneOn(record.doneOn ?? toIsoDate(new Date()));
    setWorking(record.working ?? false);
    setStudying(record.studying ?? false);
    setOpen(true);
  };
  const submit = async () => {
    const ok = await run(
      () => finsam.recordFollowUp({ id: String(record.id), doneOn, working, studying }),
      'app.followUp.recorded',
    );
    if (ok) setOpen(false);
  };
  return (
    <>
      <Button size="small" onClick={start}>
        {translate('app.followUp.record')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        onClick={stop}
        aria-labelledby="record-follow-up-title"
      >
        <DialogTitle id="record-follow-up-title">{translate('app.followUp.record')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1, minWidth: 320 }}>
            <IsoDateInput
              label={translate('resources.FollowUp.fields.doneOn')}
              value={doneOn}
              onChange={setDoneOn}
              required
            />
            <FormControlLabel
              control={
                <Checkbox checked={working} onChange={(e) => setWorking(e.target.checked)} />
              }
              label={translate('resources.FollowUp.fields.working')}
            />
            <FormControlLabel
              control={
                <Checkbox checked={studying} onChange={(e) => setStudying(e.target.checked)} />
              }
              label={translate('resources.FollowUp.fields.studying')}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={busy || !isIsoDate(doneOn)}
            onClick={() => void submit()}
          >
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
