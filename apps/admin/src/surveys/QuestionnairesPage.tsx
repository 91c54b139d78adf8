// Enkäter (manager only): every questionnaire version, and a form for the next version of a
// questionnaire (or a new one). Answers keep the version they were given to.
import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  CardContent,
  CardHeader,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  NumberInput,
  ResourceContextProvider,
  SaveButton,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Title,
  Toolbar,
  required,
  useLocaleState,
  useNotify,
  useTranslate,
} from 'react-admin';
import { GraphQLRequestError } from '../api/errors';
import type { Questionnaire } from '../api/types';
import { useFinsam } from '../api/useFinsam';
import { useFinsamQuery } from '../api/useFinsamQuery';
import {
  GOAL_METRICS,
  QUESTION_SCALES,
  RESPONDENT_KINDS,
  formValuesFrom,
  sortVersions,
  toQuestionnaireInput,
  type QuestionnaireFormValues,
} from './questionnaireInput';

const EMPTY: QuestionnaireFormValues = {
  key: '',
  respondent: 'PARTICIPANT',
  titleSv: '',
  titleEn: '',
  questions: [{ key: '', scale: 'LIKERT5', textSv: '', textEn: '', required: true }],
};

const f = (name: string) => `app.questionnaire.fields.${name}`;
const scaleChoices = QUESTION_SCALES.map((id) => ({ id, name: `app.questionnaire.scale.${id}` }));
const respondentChoices = RESPONDENT_KINDS.map((id) => ({
  id,
  name: `app.survey.respondent.${id}`,
}));
const metricChoices = GOAL_METRICS.map((id) => ({ id, name: `app.questionnaire.metric.${id}` }));

export function QuestionnairesPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const finsam = useFinsam();
  const list = useFinsamQuery(['questionnaires'], () => finsam.questionnaires());
  const [start, setStart] = useState<{ values: QuestionnaireFormValues; n: number }>({
    values: EMPTY,
    n: 0,
  });

  const nextVersionOf = (questionnaire: Questionnaire) =>
    setStart((prev) => ({ values: formValuesFrom(questionnaire), n: prev.n + 1 }));

  const submit = async (values: Record<string, unknown>) => {
    try {
      const created = await finsam.createQuestionnaireVersion(
        toQuestionnaireInput(values as QuestionnaireFormValues),
      );
      notify('app.questionnaire.created', {
        type: 'success',
        messageArgs: { key: created.key, version: created.version },
      });
      setStart((prev) => ({ values: EMPTY, n: prev.n + 1 }));
      await list.reload();
      return undefined;
    } catch (error) {
      notify(error instanceof Error ? error.message : 'app.error.INTERNAL_SERVER_ERROR', {
        type: 'error',
      });
      return error instanceof GraphQLRequestError ? error.body?.errors : undefined;
    }
  };

  return (
    <>
      <Title title={translate('app.questionnaire.title')} />
      <Card sx={{ mb: 2 }}>
        <CardHeader title={translate('app.questionnaire.versions')} />
        <CardContent>
          {list.error !== undefined && (
            <Alert severity="error">{translate('app.error.load')}</Alert>
          )}
          <Table size="small" aria-label={translate('app.questionnaire.versions')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate(f('key'))}</TableCell>
                <TableCell>{translate('app.questionnaire.version')}</TableCell>
                <TableCell>{translate(f(locale === 'en' ? 'titleEn' : 'titleSv'))}</TableCell>
                <TableCell>{translate(f('respondent'))}</TableCell>
                <TableCell>{translate('app.questionnaire.question_count')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {sortVersions(list.data ?? []).map((q) => (
                <TableRow key={q.id}>
                  <TableCell>{q.key}</TableCell>
                  <TableCell>
                    {q.version}
                    {q.latest ? ` (${translate('app.questionnaire.latest')})` : ''}
                  </TableCell>
                  <TableCell>{locale === 'en' ? q.titleEn : q.titleSv}</TableCell>
                  <TableCell>{translate(`app.survey.respondent.${q.respondent}`)}</TableCell>
                  <TableCell>{q.questions.length}</TableCell>
                  <TableCell>
                    {q.latest && (
                      <Button size="small" onClick={() => nextVersionOf(q)}>
                        {translate('app.questionnaire.next_version')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      <Card>
        <CardHeader
          title={translate('app.questionnaire.new')}
          subheader={translate('app.questionnaire.new_help')}
        />
        {/* No resource of its own: the iterator needs a resource name for its inputs. */}
        <ResourceContextProvider value="Questionnaire">
          <SimpleForm
            key={start.n}
            defaultValues={start.values}
            onSubmit={submit}
            toolbar={
              <Toolbar>
                {/* A copied version may be saved unchanged (e.g. to make it the latest). */}
                <SaveButton alwaysEnable />
              </Toolbar>
            }
          >
            <TextInput source="key" label={f('key')} validate={required()} />
            <SelectInput
              source="respondent"
              label={f('respondent')}
              choices={respondentChoices}
              validate={required()}
            />
            <TextInput source="titleSv" label={f('titleSv')} validate={required()} fullWidth />
            <TextInput source="titleEn" label={f('titleEn')} validate={required()} fullWidth />
            <ArrayInput source="questions" label={f('questions')} validate={required()}>
              <SimpleFormIterator inline>
                <TextInput source="key" label={f('key')} validate={required()} />
                <SelectInput
                  source="scale"
                  label={f('scale')}
                  choices={scaleChoices}
                  validate={required()}
                />
                <TextInput source="textSv" label={f('textSv')} validate={required()} />
                <TextInput source="textEn" label={f('textEn')} validate={required()} />
                <NumberInput source="agreeFrom" label={f('agreeFrom')} />
                <SelectInput source="metric" label={f('metric')} choices={metricChoices} />
                <BooleanInput source="required" label={f('required')} />
              </SimpleFormIterator>
            </ArrayInput>
          </SimpleForm>
        </ResourceContextProvider>
      </Card>
    </>
  );
}
