// "Besluta" (accept / not now / decline) and "Eskalera" on a referral, via decideReferral.
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
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ReferralAction } from '../api/types';
import { useFinsam } from '../api/useFinsam';
import { toIsoDate } from '../lib/format';
import { REFERRAL_ACTIONS } from '../common/choices';
import { IsoDateInput } from '../common/IsoDateInput';

interface ReferralRecord {
  id: string;
  state: string;
  version: number;
}

export function DecideReferralButtons() {
  const record = useRecordContext<ReferralRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const finsam = useFinsam();
  const [action, setAction] = useState<ReferralAction | null>(null);
  const [decidedOn, setDecidedOn] = useState(toIsoDate(new Date()));
  const [note, setNote] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const open = (a: ReferralAction) => () => setAction(a);
  const submit = async () => {
    if (!action) return;
    setBusy(true);
    try {
      await finsam.decideReferral({
        id: record.id,
        action,
        decidedOn,
        note: note.trim() || null,
        meetingId: meetingId.trim() || null,
        version: record.version,
      });
      notify('app.referral.decided', { type: 'success' });
      setAction(null);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'app.error.INTERNAL_SERVER_ERROR', {
        type: 'error',
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button onClick={open('ACCEPT')}>{translate('app.referral.decide')}</Button>
      <Button onClick={open('ESCALATE')} color="warning">
        {translate('app.referral.escalate')}
      </Button>
      <Dialog
        open={action !== null}
        onClose={() => setAction(null)}
        aria-labelledby="decide-referral-title"
      >
        <DialogTitle id="decide-referral-title">
          {translate('app.referral.dialog_title')}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <TextField
              select
              label={translate('app.referral.action')}
              value={action ?? 'ACCEPT'}
              onChange={(e) => setAction(e.target.value as ReferralAction)}
            >
              {REFERRAL_ACTIONS.map((a) => (
                <MenuItem key={a} value={a}>
                  {translate(`app.enum.ReferralAction.${a}`)}
                </MenuItem>
              ))}
            </TextField>
            <IsoDateInput
              label={translate('app.referral.decided_on')}
              value={decidedOn}
              onChange={setDecidedOn}
              required
            />
            <TextField
              label={translate('app.referral.meeting')}
              value={meetingId}
              onChange={(e) => setMeetingId(e.target.value)}
            />
            <TextField
              label={translate('app.referral.note')}
              multiline
              minRows={2}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAction(null)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={busy} onClick={() => void submit()}>
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
