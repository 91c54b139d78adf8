// "Besluta" (not now / decline) and "Eskalera" on a referral, via decideReferral; accepting
// enrols the participant and has its own dialog (AcceptReferralButton).
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
import { AcceptReferralButton } from './AcceptReferralButton';
import { MeetingSelect } from './MeetingSelect';
import { useMunicipalityChoices } from './useMunicipalityChoices';

/** Decisions of this dialog: accepting goes through AcceptReferralButton. */
const ACTIONS = REFERRAL_ACTIONS.filter((a) => a !== 'ACCEPT');

interface ReferralRecord {
  id: string;
  state: string;
  version: number;
  municipalityId: string;
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
  const { meetings } = useMunicipalityChoices(action !== null ? record?.municipalityId : undefined);
  if (!record || (record.state !== 'RECEIVED' && record.state !== 'ESCALATED')) return null;
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
      <AcceptReferralButton />
      <Button onClick={open('NOT_NOW')}>{translate('app.referral.decide')}</Button>
      {record.state === 'RECEIVED' && (
        <Button onClick={open('ESCALATE')} color="warning">
          {translate('app.referral.escalate')}
        </Button>
      )}
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
              value={action ?? 'NOT_NOW'}
              onChange={(e) => setAction(e.target.value as ReferralAction)}
            >
              {ACTIONS.map((a) => (
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
            <MeetingSelect meetings={meetings} value={meetingId} onChange={setMeetingId} optional />
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
