// "Registrera svar": the coach records answers given on paper or in a conversation.
import { useState } from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Stack,
} from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useFinsam } from '../api/useFinsam';
import type { SurveyTrigger } from '../api/types';
import { IsoDateInput } from '../common/IsoDateInput';
import { isIsoDate, toIsoDate } from '../lib/format';
import { useEnrollmentMutation } from '../enrollments/useEnrollmentMutation';
import { QuestionField } from './QuestionField';
import { SurveyFormFields } from './SurveyFormFields';
import { answerList, complete } from './scales';
import { useLatestQuestionnaires } from './useQuestionnaires';

export function RecordSurveyButton() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const finsam = useFinsam();
  const { run, busy } = useEnrollmentMutation();
  const [open, setOpen] = useState(false);
  const questionnaires = useLatestQuestionnaires(open);
  const [questionnaireId, setQuestionnaireId] = useState('');
  const [trigger, setTrigger] = useState<SurveyTrigger>('DISCHARGE');
  const [placementId, setPlacementId] = useState('');
  const [answeredOn, setAnsweredOn] = useState(toIsoDate(new Date()));
  const [anonymous, setAnonymous] = useState(false);
  const [values, setValues] = useState<Record<string, number | undefined>>({});
  if (!record) return null;
  const chosen = questionnaires.find((q) => q.id === questionnaireId);
  const ready =
    chosen !== undefined &&
    isIsoDate(answeredOn) &&
    complete(chosen.questions, values) &&
    (chosen.respondent !== 'EMPLOYER' || placementId !== '');
  const submit = async () => {
    if (!chosen) return;
    const ok = await run(
      () =>
        finsam.recordSurveyResponse({
          enrollmentId: String(record.id),
          questionnaireId,
          trigger,
          answeredOn,
          answers: answerList(chosen.questions, values),
          placementId: chosen.respondent === 'EMPLOYER' ? placementId : null,
          anonymous,
        }),
      'app.survey.recorded',
    );
    if (ok) {
      setOpen(false);
      setValues({});
    }
  };
  const t = (key: string) => translate(`app.survey.${key}`);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('record')}</Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        aria-labelledby="record-survey-title"
        maxWidth="md"
      >
        <DialogTitle id="record-survey-title">{t('record')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1, minWidth: { sm: 480 } }}>
            <SurveyFormFields
              enrollmentId={String(record.id)}
              questionnaires={questionnaires}
              questionnaireId={questionnaireId}
              setQuestionnaireId={(id) => {
                setQuestionnaireId(id);
                setValues({});
              }}
              trigger={trigger}
              setTrigger={setTrigger}
              placementId={placementId}
              setPlacementId={setPlacementId}
            />
            <IsoDateInput
              label={t('answered_on')}
              value={answeredOn}
              onChange={setAnsweredOn}
              required
            />
            <FormControlLabel
              control={
                <Checkbox checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
              }
              label={t('anonymous')}
            />
            {chosen?.questions.map((question) => (
              <QuestionField
                key={question.key}
                question={question}
                lang={locale === 'en' ? 'en' : 'sv'}
                value={values[question.key]}
                onChange={(value) => setValues((prev) => ({ ...prev, [question.key]: value }))}
              />
            ))}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={busy || !ready} onClick={() => void submit()}>
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
