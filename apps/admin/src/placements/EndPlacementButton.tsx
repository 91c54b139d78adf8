// "Avsluta": ends a placement by setting endedOn (updatePlacement through the data provider).
import { useState, type MouseEvent } from 'react';
import { Button } from '@mui/material';
import { required, useRecordContext, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { canWriteResource } from '../auth/roles';
import { usePolicy } from '../auth/permissions';
import { IsoDateTextInput } from '../common/IsoDateInput';
import { ActionDialog } from '../lib/ActionDialog';
import { toIsoDate } from '../lib/format';

interface PlacementRecord {
  id: string;
  startedOn: string;
  endedOn: string | null;
}

/** A placement cannot end before it started (the gateway refuses it too). */
function notBefore(startedOn: string) {
  return (value: unknown) =>
    typeof value === 'string' && value < startedOn ? 'app.placement.before_start' : undefined;
}

export function EndPlacementButton() {
  const record = useRecordContext<PlacementRecord>();
  const policy = usePolicy();
  const translate = useTranslate();
  const refresh = useRefresh();
  const [update] = useUpdate();
  const [open, setOpen] = useState(false);
  if (!record || record.endedOn || !canWriteResource(policy, 'Placement')) return null;
  return (
    <>
      <Button
        size="small"
        onClick={(event: MouseEvent) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        {translate('app.placement.end')}
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        stopPropagation
        title="app.placement.end"
        defaultValues={{ endedOn: toIsoDate(new Date()) }}
        onSubmit={({ endedOn }) =>
          update(
            'Placement',
            { id: record.id, data: { endedOn }, previousData: record },
            { mutationMode: 'pessimistic', returnPromise: true },
          )
        }
        successMessage="app.placement.ended"
        onDone={refresh}
      >
        <IsoDateTextInput
          source="endedOn"
          label="resources.Placement.fields.endedOn"
          validate={[required(), notBefore(record.startedOn)]}
        />
      </ActionDialog>
    </>
  );
}
