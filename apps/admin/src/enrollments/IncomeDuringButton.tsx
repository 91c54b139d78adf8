// Records the income sources during participation (§9: "före, under och efter"): one dialog,
// one mutation; the gateway checks the codes against the income-source code list.
import { useState } from 'react';
import { Button } from '@mui/material';
import {
  SelectArrayInput,
  required,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useFinsam } from '../api/useFinsam';
import { useCodeListChoices } from '../common/codeListChoices';
import { ActionDialog } from '../lib/ActionDialog';

interface EnrollmentRecord {
  id: string;
  compensationDuring?: string[];
  version: number;
}

export function IncomeDuringButton() {
  const record = useRecordContext<EnrollmentRecord>();
  const translate = useTranslate();
  const incomeSources = useCodeListChoices('INCOME_SOURCE');
  const finsam = useFinsam();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!record) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{translate('app.enrollment.income_during')}</Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title="app.enrollment.income_during"
        defaultValues={{ codes: [...(record.compensationDuring ?? [])] }}
        onSubmit={({ codes }) =>
          finsam.recordIncomeDuring({
            id: record.id,
            compensationDuring: codes,
            version: record.version,
          })
        }
        successMessage="app.enrollment.income_during_saved"
        onDone={refresh}
        minWidth={360}
      >
        <SelectArrayInput
          source="codes"
          label="app.enrollment.income_during_sources"
          choices={incomeSources}
          translateChoice={false}
          validate={required()}
        />
      </ActionDialog>
    </>
  );
}
