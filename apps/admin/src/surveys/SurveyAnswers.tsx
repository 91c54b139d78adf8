// The named answers about an enrollment, for its coach and the manager.
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFinsam } from '../api/useFinsam';
import { usePolicy } from '../auth/permissions';
import { useFinsamQuery } from '../api/useFinsamQuery';
import { canReadAnswers } from './surveyRoles';

export function SurveyAnswers() {
  const record = useRecordContext<{ id: string; version?: number }>();
  const translate = useTranslate();
  const finsam = useFinsam();
  const allowed = canReadAnswers(usePolicy()) && record !== undefined;
  const responses = useFinsamQuery(
    ['surveyResponses', record?.id, record?.version],
    allowed && record ? () => finsam.surveyResponses({ enrollmentId: String(record.id) }) : null,
  );
  if (!allowed) return null;
  const rows = responses.data ?? [];
  return (
    <Box component="section" aria-labelledby="survey-answers-title">
      <Typography id="survey-answers-title" variant="caption" color="text.secondary" component="h2">
        {translate('app.survey.answers')}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2">{translate('app.survey.no_answers')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('app.survey.answers')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.survey.answered_on')}</TableCell>
              <TableCell>{translate('app.survey.trigger')}</TableCell>
              <TableCell>{translate('app.survey.channel')}</TableCell>
              <TableCell>{translate('app.survey.answers')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id} data-testid="survey-answer-row">
                <TableCell>{r.answeredOn ?? '–'}</TableCell>
                <TableCell>{translate(`app.survey.triggers.${r.trigger}`)}</TableCell>
                <TableCell>
                  {translate(`app.survey.channels.${r.channel}`, { _: r.channel })}
                </TableCell>
                <TableCell>
                  {r.answers.map((a) => `${a.question}: ${a.value ?? '–'}`).join(', ')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
