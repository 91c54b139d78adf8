// "Signera": the municipal chief signs the half-year statement for their municipality.
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
import DrawIcon from '@mui/icons-material/Draw';
import { useGetList, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useFinsam } from '../api/useFinsam';
import { readUser } from '../auth/session';
import { lastEndedHalfYearOf } from '../lib/halfYear';

export function SignAttestationButton({ halfYear: initialHalfYear }: { halfYear?: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const finsam = useFinsam();
  const user = readUser();
  const projects = useGetList<{ id: string; name: string }>('Project', {
    pagination: { page: 1, perPage: 50 },
  });
  const [open, setOpen] = useState(false);
  const [projectId, setProjectId] = useState('');
  const [halfYear, setHalfYear] = useState(initialHalfYear ?? lastEndedHalfYearOf(new Date()));
  const [statement, setStatement] = useState('');
  const [busy, setBusy] = useState(false);
  const chosenProject = projectId || projects.data?.[0]?.id || '';
  const municipalityId = user?.municipalityId ?? '';
  const submit = async () => {
    setBusy(true);
    try {
      await finsam.signAttestation({
        municipalityId,
        projectId: chosenProject,
        halfYear,
        statement: statement.trim(),
      });
      notify('app.attestation.signed', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'app.error.INTERNAL_SERVER_ERROR', {
        type: 'error',
      });
    } finally {
      setBusy(false);
    }
  };
  const t = (key: string) => translate(`app.attestation.${key}`);
  return (
    <>
      <Button startIcon={<DrawIcon />} onClick={() => setOpen(true)} disabled={!municipalityId}>
        {t('sign')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        aria-labelledby="sign-title"
        maxWidth="sm"
        fullWidth
      >
        <DialogTitle id="sign-title">{t('dialog_title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <TextField
              select
              label={t('project')}
              value={chosenProject}
              onChange={(e) => setProjectId(e.target.value)}
            >
              {(projects.data ?? []).map((p) => (
                <MenuItem key={p.id} value={p.id}>
                  {p.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={t('half_year')}
              value={halfYear}
              onChange={(e) => setHalfYear(e.target.value)}
              helperText={t('half_year_help')}
            />
            <TextField
              label={t('statement')}
              required
              multiline
              minRows={4}
              value={statement}
              onChange={(e) => setStatement(e.target.value)}
              helperText={t('statement_help')}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={busy || statement.trim() === '' || !chosenProject}
            onClick={() => void submit()}
          >
            {t('sign')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
