import { useState } from 'react';
import { Button } from '@mui/material';
import { SelectInput, required, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { Phase } from '../api/types';
import { useFinsam } from '../api/useFinsam';
import { PHASES } from '../common/choices';
import { IsoDateTextInput } from '../common/IsoDateInput';
import { ActionDialog } from '../lib/ActionDialog';
import { toIsoDate } from '../lib/format';

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
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!record || record.dischargedOn) return null;
  const next = PHASES[PHASES.indexOf(record.currentPhase ?? 'AGREEMENT') + 1];
  return (
    <>
      <Button onClick={() => setOpen(true)}>{translate('app.enrollment.move')}</Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title="app.enrollment.move"
        defaultValues={{
          phase: next ?? record.currentPhase ?? 'AGREEMENT',
          on: toIsoDate(new Date()),
        }}
        onSubmit={({ phase, on }) =>
          finsam.moveEnrollmentPhase({ id: record.id, phase, on, version: record.version })
        }
        successMessage="app.enrollment.moved"
        onDone={refresh}
      >
        <SelectInput
          source="phase"
          label="app.enrollment.phase"
          choices={PHASES.map((p) => ({ id: p, name: `app.enum.Phase.${p}` }))}
          validate={required()}
        />
        <IsoDateTextInput source="on" label="app.enrollment.on" validate={required()} />
      </ActionDialog>
    </>
  );
}
