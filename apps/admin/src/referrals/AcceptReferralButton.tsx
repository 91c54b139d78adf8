// "Anta och skriv in": the SE group (or, after escalation, the municipal chief) accepts a
// referral and the participant is enrolled with a coach from a start date, in one step
// (acceptReferral: one mutation, one transaction).
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
import { useNotify, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { useFinsam } from '../api/useFinsam';
import { IsoDateInput } from '../common/IsoDateInput';
import { useCodeListChoices } from '../common/codeListChoices';
import { toIsoDate } from '../lib/format';
import { MeetingSelect } from './MeetingSelect';
import { useMunicipalityChoices } from './useMunicipalityChoices';

interface ReferralRecord {
  id: string;
  state: string;
  version: number;
  municipalityId: string;
}

export function AcceptReferralButton() {
  const record = useRecordContext<ReferralRecord>();
  const translate = useTranslate();
  const incomeChoices = useCodeListChoices('INCOME_SOURCE');
  const notify = useNotify();
  const redirect = useRedirect();
  const finsam = useFinsam();
  const [open, setOpen] = useState(false);
  const [decidedOn, setDecidedOn] = useState(toIsoDate(new Date()));
  const [enrolledOn, setEnrolledOn] = useState(toIsoDate(new Date()));
  const [meetingId, setMeetingId] = useState('');
  const [coachId, setCoachId] = useState('');
  const [compensation, setCompensation] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const { meetings, coaches } = useMunicipalityChoices(open ? record?.municipalityId : undefined);
  if (!record) return null;
  const submit = async () => {
    setBusy(true);
    try {
      const accepted = await finsam.acceptReferral({
        id: record.id,
        decidedOn,
        version: record.version,
        coachId,
        enrolledOn,
        compensationAtStart: compensation,
        meetingId: meetingId || null,
      });
      notify('app.referral.accepted', { type: 'success' });
      setOpen(false);
      if (accepted.enrollmentId) redirect('show', 'Enrollment', accepted.enrollmentId);
      else redirect('show', 'Referral', record.id);
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
      <Button variant="contained" onClick={() => setOpen(true)}>
        {translate('app.referral.accept')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="accept-referral-title">
        <DialogTitle id="accept-referral-title">
          {translate('app.referral.accept_title')}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1, minWidth: { sm: 360 } }}>
            <MeetingSelect
              meetings={meetings}
              value={meetingId}
              onChange={setMeetingId}
              required={record.state === 'RECEIVED'}
            />
            <IsoDateInput
              label={translate('app.referral.decided_on')}
              value={decidedOn}
              onChange={setDecidedOn}
              required
            />
            <TextField
              select
              label={translate('app.referral.coach')}
              value={coachId}
              onChange={(e) => setCoachId(e.target.value)}
              required
            >
              {coaches.map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.name}
                </MenuItem>
              ))}
            </TextField>
            <IsoDateInput
              label={translate('app.referral.enrolled_on')}
              value={enrolledOn}
              onChange={setEnrolledOn}
              required
            />
            <TextField
              select
              label={translate('app.referral.compensation')}
              value={compensation}
              onChange={(e) => {
                const value = e.target.value as unknown;
                setCompensation(Array.isArray(value) ? value.map(String) : [String(value)]);
              }}
              slotProps={{ select: { multiple: true } }}
              required
            >
              {incomeChoices.map((c) => (
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
            disabled={busy || coachId === '' || compensation.length === 0}
            onClick={() => void submit()}
          >
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
