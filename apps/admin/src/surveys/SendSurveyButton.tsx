// "Skicka enkät": creates a one-time link for the enrollment and shows it once to copy.
import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Stack,
  TextField,
} from '@mui/material';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useFinsam } from '../api/useFinsam';
import type { SurveyTrigger } from '../api/types';
import { SurveyFormFields } from './SurveyFormFields';
import { useLatestQuestionnaires } from './useQuestionnaires';

export function SendSurveyButton() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const finsam = useFinsam();
  const [open, setOpen] = useState(false);
  const questionnaires = useLatestQuestionnaires(open);
  const [questionnaireId, setQuestionnaireId] = useState('');
  const [trigger, setTrigger] = useState<SurveyTrigger>('DISCHARGE');
  const [placementId, setPlacementId] = useState('');
  const [anonymous, setAnonymous] = useState(true);
  const [link, setLink] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const chosen = questionnaires.find((q) => q.id === questionnaireId);
  const ready = chosen !== undefined && (chosen.respondent !== 'EMPLOYER' || placementId !== '');
  const close = () => {
    setOpen(false);
    setLink(null);
  };
  const create = async () => {
    setBusy(true);
    try {
      const invitation = await finsam.createSurveyInvitation({
        enrollmentId: String(record.id),
        questionnaireId,
        trigger,
        placementId: chosen?.respondent === 'EMPLOYER' ? placementId : null,
        anonymous,
      });
      setLink(`${window.location.origin}${invitation.path ?? ''}`);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'app.error.INTERNAL_SERVER_ERROR', {
        type: 'error',
      });
    } finally {
      setBusy(false);
    }
  };
  const t = (key: string) => translate(`app.survey.${key}`);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('send')}</Button>
      <Dialog open={open} onClose={close} aria-labelledby="send-survey-title">
        <DialogTitle id="send-survey-title">{t('send')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1, minWidth: { sm: 420 } }}>
            {link === null ? (
              <>
                <SurveyFormFields
                  enrollmentId={String(record.id)}
                  questionnaires={questionnaires}
                  questionnaireId={questionnaireId}
                  setQuestionnaireId={setQuestionnaireId}
                  trigger={trigger}
                  setTrigger={setTrigger}
                  placementId={placementId}
                  setPlacementId={setPlacementId}
                />
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={anonymous}
                      onChange={(e) => setAnonymous(e.target.checked)}
                    />
                  }
                  label={t('anonymous')}
                />
              </>
            ) : (
              <>
                <Alert severity="info">{t('link_once')}</Alert>
                <TextField
                  label={t('link')}
                  value={link}
                  slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'survey-link' } }}
                  onFocus={(e) => e.target.select()}
                />
                <Button
                  variant="outlined"
                  onClick={() =>
                    void navigator.clipboard
                      ?.writeText(link)
                      .then(() => notify('app.survey.copied'))
                  }
                >
                  {t('copy')}
                </Button>
              </>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>
            {translate(link ? 'ra.action.close' : 'ra.action.cancel')}
          </Button>
          {link === null && (
            <Button variant="contained" disabled={busy || !ready} onClick={() => void create()}>
              {t('create_link')}
            </Button>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
}
