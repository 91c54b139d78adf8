// "Registrera uppföljning": records when the follow-up was done and whether the participant
// works or studies (recordFollowUp).
import { useState, type MouseEvent } from 'react';
import { Button } from '@mui/material';
import { BooleanInput, required, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { FollowUpRecord } from '../api/editingOperations';
import { useFinsam } from '../api/useFinsam';
import { canWriteResource } from '../auth/roles';
import { usePolicy } from '../auth/permissions';
import { IsoDateTextInput } from '../common/IsoDateInput';
import { ActionDialog } from '../lib/ActionDialog';
import { toIsoDate } from '../lib/format';

export function RecordFollowUpButton() {
  const record = useRecordContext<FollowUpRecord>();
  const policy = usePolicy();
  const translate = useTranslate();
  const finsam = useFinsam();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!record || !canWriteResource(policy, 'FollowUp')) return null;
  return (
    <>
      <Button
        size="small"
        onClick={(event: MouseEvent) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        {translate('app.followUp.record')}
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        stopPropagation
        title="app.followUp.record"
        defaultValues={{
          doneOn: record.doneOn ?? toIsoDate(new Date()),
          working: record.working ?? false,
          studying: record.studying ?? false,
        }}
        onSubmit={(values) =>
          finsam.recordFollowUp({
            id: String(record.id),
            doneOn: values.doneOn,
            working: values.working,
            studying: values.studying,
          })
        }
        successMessage="app.followUp.recorded"
        onDone={refresh}
        submitLabel="ra.action.save"
      >
        <IsoDateTextInput
          source="doneOn"
          label="resources.FollowUp.fields.doneOn"
          validate={required()}
        />
        <BooleanInput source="working" label="resources.FollowUp.fields.working" />
        <BooleanInput source="studying" label="resources.FollowUp.fields.studying" />
      </ActionDialog>
    </>
  );
}
