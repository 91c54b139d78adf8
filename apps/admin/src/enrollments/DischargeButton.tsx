import { useEffect, useState } from 'react';
import { Button } from '@mui/material';
import {
  BooleanInput,
  SelectArrayInput,
  SelectInput,
  required,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useFinsam } from '../api/useFinsam';
import { useCodeListChoices } from '../common/codeListChoices';
import { focusMainContent } from '../common/focusMainContent';
import { IsoDateTextInput } from '../common/IsoDateInput';
import { ActionDialog } from '../lib/ActionDialog';
import { toIsoDate } from '../lib/format';

interface EnrollmentRecord {
  id: string;
  dischargedOn: string | null;
  version: number;
}

export function DischargeButton() {
  const record = useRecordContext<EnrollmentRecord>();
  const translate = useTranslate();
  const reasons = useCodeListChoices('DISCHARGE_REASON');
  const incomeSources = useCodeListChoices('INCOME_SOURCE');
  const occupations = useCodeListChoices('OCCUPATION_AFTER');
  const finsam = useFinsam();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [discharged, setDischarged] = useState(false);
  // Once the page shows the discharge this button is gone: focus goes to the page's content.
  useEffect(() => {
    if (discharged && record?.dischargedOn) focusMainContent();
  }, [discharged, record?.dischargedOn]);
  if (!record || record.dischargedOn) return null;
  const t = (key: string) => `app.enrollment.${key}`;
  return (
    <>
      <Button color="warning" onClick={() => setOpen(true)}>
        {translate(t('discharge'))}
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('discharge')}
        defaultValues={{
          on: toIsoDate(new Date()),
          reason: '',
          compensation: [] as string[],
          occupation: '',
          followUp: true,
        }}
        onSubmit={(values) =>
          finsam.dischargeEnrollment({
            id: record.id,
            on: values.on,
            reason: values.reason,
            compensationAtEnd: values.compensation,
            occupationAfter: values.occupation,
            followUp: values.followUp,
            version: record.version,
          })
        }
        successMessage={t('discharged')}
        onDone={() => {
          setDischarged(true);
          refresh();
        }}
        minWidth={360}
      >
        <IsoDateTextInput source="on" label={t('on')} validate={required()} />
        <SelectInput
          source="reason"
          label={t('reason')}
          choices={reasons}
          translateChoice={false}
          validate={required()}
        />
        <SelectArrayInput
          source="compensation"
          label={t('compensation')}
          choices={incomeSources}
          translateChoice={false}
          validate={required()}
        />
        <SelectInput
          source="occupation"
          label={t('occupation')}
          choices={occupations}
          translateChoice={false}
          validate={required()}
        />
        <BooleanInput source="followUp" label={t('follow_up')} />
      </ActionDialog>
    </>
  );
}
