// "Besluta" (not now / decline) and "Eskalera" on a referral, via decideReferral; accepting
// enrols the participant and has its own dialog (AcceptReferralButton).
import { useState } from 'react';
import { Button } from '@mui/material';
import {
  SelectInput,
  TextInput,
  required,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ReferralAction } from '../api/types';
import { useFinsam } from '../api/useFinsam';
import { REFERRAL_ACTIONS } from '../common/choices';
import { IsoDateTextInput } from '../common/IsoDateInput';
import { ActionDialog } from '../lib/ActionDialog';
import { toIsoDate } from '../lib/format';
import { AcceptReferralButton } from './AcceptReferralButton';
import { MeetingInput } from './MeetingInput';
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
  const refresh = useRefresh();
  const finsam = useFinsam();
  const [action, setAction] = useState<ReferralAction | null>(null);
  const { meetings } = useMunicipalityChoices(action !== null ? record?.municipalityId : undefined);
  if (!record || (record.state !== 'RECEIVED' && record.state !== 'ESCALATED')) return null;
  return (
    <>
      <AcceptReferralButton />
      <Button onClick={() => setAction('NOT_NOW')}>{translate('app.referral.decide')}</Button>
      {record.state === 'RECEIVED' && (
        <Button onClick={() => setAction('ESCALATE')} color="warning">
          {translate('app.referral.escalate')}
        </Button>
      )}
      <ActionDialog
        open={action !== null}
        onClose={() => setAction(null)}
        title="app.referral.dialog_title"
        defaultValues={{
          action: action ?? 'NOT_NOW',
          decidedOn: toIsoDate(new Date()),
          meetingId: '',
          note: '' as string | null,
        }}
        onSubmit={(values) =>
          finsam.decideReferral({
            id: record.id,
            action: values.action,
            decidedOn: values.decidedOn,
            note: values.note?.trim() || null,
            meetingId: values.meetingId?.trim() || null,
            version: record.version,
          })
        }
        successMessage="app.referral.decided"
        onDone={refresh}
      >
        <SelectInput
          source="action"
          label="app.referral.action"
          choices={ACTIONS.map((a) => ({ id: a, name: `app.enum.ReferralAction.${a}` }))}
          validate={required()}
        />
        <IsoDateTextInput
          source="decidedOn"
          label="app.referral.decided_on"
          validate={required()}
        />
        <MeetingInput meetings={meetings} />
        <TextInput source="note" label="app.referral.note" multiline minRows={2} />
      </ActionDialog>
    </>
  );
}
