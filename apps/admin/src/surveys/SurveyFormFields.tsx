// Questionnaire, time point and (for employer questionnaires) the placement: shared by
// "Skicka enkät" and "Registrera svar".
import { MenuItem, TextField } from '@mui/material';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import type { Questionnaire, SurveyTrigger } from '../api/types';
import { SURVEY_TRIGGERS } from './surveyRoles';

export function SurveyFormFields({
  enrollmentId,
  questionnaires,
  questionnaireId,
  setQuestionnaireId,
  trigger,
  setTrigger,
  placementId,
  setPlacementId,
}: {
  enrollmentId: string;
  questionnaires: Questionnaire[];
  questionnaireId: string;
  setQuestionnaireId: (id: string) => void;
  trigger: SurveyTrigger;
  setTrigger: (trigger: SurveyTrigger) => void;
  placementId: string;
  setPlacementId: (id: string) => void;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const chosen = questionnaires.find((q) => q.id === questionnaireId);
  const placements = useGetList<{ id: string; kind: string; startedOn: string }>(
    'Placement',
    { filter: { enrollmentId }, pagination: { page: 1, perPage: 50 } },
    { enabled: chosen?.respondent === 'EMPLOYER' },
  );
  return (
    <>
      <TextField
        select
        required
        label={translate('app.survey.questionnaire')}
        value={questionnaireId}
        onChange={(e) => setQuestionnaireId(e.target.value)}
      >
        {questionnaires.map((q) => (
          <MenuItem key={q.id} value={q.id}>
            {`${locale === 'en' ? q.titleEn : q.titleSv} (v${q.version}, ${translate(`app.survey.respondent.${q.respondent}`)})`}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        required
        label={translate('app.survey.trigger')}
        value={trigger}
        onChange={(e) => setTrigger(e.target.value as SurveyTrigger)}
      >
        {SURVEY_TRIGGERS.map((t) => (
          <MenuItem key={t} value={t}>
            {translate(`app.survey.triggers.${t}`)}
          </MenuItem>
        ))}
      </TextField>
      {chosen?.respondent === 'EMPLOYER' && (
        <TextField
          select
          required
          label={translate('app.survey.placement')}
          value={placementId}
          onChange={(e) => setPlacementId(e.target.value)}
        >
          {(placements.data ?? []).map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {`${translate(`app.enum.PlacementKind.${p.kind}`, { _: p.kind })} ${p.startedOn}`}
            </MenuItem>
          ))}
        </TextField>
      )}
    </>
  );
}
