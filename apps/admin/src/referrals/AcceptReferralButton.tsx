// "Anta och skriv in": the SE group (or, after escalation, the municipal chief) accepts a
// referral and the participant is enrolled with a coach from a start date, in one step
// (acceptReferral: one mutation, one transaction).
import { useState } from 'react';
import { Button } from '@mui/material';
import {
  SelectArrayInput,
  SelectInput,
  required,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { useFinsam } from '../api/useFinsam';
import { IsoDateTextInput } from '../common/IsoDateInput';
import { useCodeListChoices } from '../common/codeListChoices';
import { ActionDialog } from '../lib/ActionDialog';
import { toIsoDate } from '../lib/format';
import { MeetingInput } from './MeetingInput';
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
  const redirect = useRedirect();
  const finsam = useFinsam();
  const [open, setOpen] = useState(false);
  const { meetings, coaches } = useMunicipalityChoices(open ? record?.municipalityId : undefined);
  if (!record) return null;
  const today = toIsoDate(new Date());
  return (
    <>
      <Button variant="contained" onClick={() => setOpen(true)}>
        {translate('app.referral.accept')}
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title="app.referral.accept_title"
        defaultValues={{
          meetingId: '',
          decidedOn: today,
          coachId: '',
          enrolledOn: today,
          compensation: [] as string[],
        }}
        onSubmit={(values) =>
          finsam.acceptReferral({
            id: record.id,
            decidedOn: values.decidedOn,
            version: record.version,
            coachId: values.coachId,
            enrolledOn: values.enrolledOn,
            compensationAtStart: values.compensation,
            meetingId: values.meetingId || null,
          })
        }
        successMessage="app.referral.accepted"
        onDone={({ enrollmentId }) => {
          if (enrollmentId) redirect('show', 'Enrollment', enrollmentId);
          else redirect('show', 'Referral', record.id);
        }}
        minWidth={{ sm: 360 }}
      >
        <MeetingInput meetings={meetings} required={record.state === 'RECEIVED'} />
        <IsoDateTextInput
          source="decidedOn"
          label="app.referral.decided_on"
          validate={required()}
        />
        <SelectInput
          source="coachId"
          label="app.referral.coach"
          choices={coaches}
          translateChoice={false}
          validate={required()}
        />
        <IsoDateTextInput
          source="enrolledOn"
          label="app.referral.enrolled_on"
          validate={required()}
        />
        <SelectArrayInput
          source="compensation"
          label="app.referral.compensation"
          choices={incomeChoices}
          translateChoice={false}
          validate={required()}
        />
      </ActionDialog>
    </>
  );
}
