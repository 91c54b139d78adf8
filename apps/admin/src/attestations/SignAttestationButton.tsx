// "Signera": the municipal chief signs the half-year statement for their municipality.
import { useState } from 'react';
import { Button } from '@mui/material';
import DrawIcon from '@mui/icons-material/Draw';
import {
  SelectInput,
  TextInput,
  required,
  useGetList,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useFinsam } from '../api/useFinsam';
import { readUser } from '../auth/session';
import { ActionDialog } from '../lib/ActionDialog';
import { lastEndedHalfYearOf } from '../lib/halfYear';

export function SignAttestationButton({ halfYear }: { halfYear?: string }) {
  const translate = useTranslate();
  const refresh = useRefresh();
  const finsam = useFinsam();
  const user = readUser();
  const projects = useGetList<{ id: string; name: string }>('Project', {
    pagination: { page: 1, perPage: 50 },
  });
  const [open, setOpen] = useState(false);
  const municipalityId = user?.municipalityId ?? '';
  const t = (key: string) => `app.attestation.${key}`;
  return (
    <>
      <Button startIcon={<DrawIcon />} onClick={() => setOpen(true)} disabled={!municipalityId}>
        {translate(t('sign'))}
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('dialog_title')}
        defaultValues={{
          projectId: projects.data?.[0]?.id ?? '',
          halfYear: halfYear ?? lastEndedHalfYearOf(new Date()),
          statement: '',
        }}
        onSubmit={(values) =>
          finsam.signAttestation({
            municipalityId,
            projectId: values.projectId,
            halfYear: values.halfYear,
            statement: values.statement.trim(),
          })
        }
        ready={(values) => (values.statement ?? '').trim() !== ''}
        successMessage={t('signed')}
        onDone={refresh}
        submitLabel={t('sign')}
        maxWidth="sm"
        fullWidth
      >
        <SelectInput
          source="projectId"
          label={t('project')}
          choices={projects.data ?? []}
          translateChoice={false}
          validate={required()}
        />
        <TextInput source="halfYear" label={t('half_year')} helperText={t('half_year_help')} />
        <TextInput
          source="statement"
          label={t('statement')}
          validate={required()}
          multiline
          minRows={4}
          helperText={t('statement_help')}
        />
      </ActionDialog>
    </>
  );
}
