// Editing operations that do not follow ra-data-graphql-simple's createX/updateX shape:
// recording a follow-up and creating a questionnaire version.
import type { GraphQLCall } from './graphqlFetch';
import type { Questionnaire, QuestionScale, RespondentKind } from './types';

export interface FollowUpRecord {
  id: string;
  doneOn: string | null;
  working: boolean | null;
  studying: boolean | null;
}

export interface RecordFollowUpParams {
  id: string;
  doneOn: string;
  working: boolean;
  studying: boolean;
}

/** The gateway's SurveyQuestionInput: agreeFrom, metric and required may be left out. */
export interface SurveyQuestionInput {
  key: string;
  scale: QuestionScale;
  textSv: string;
  textEn: string;
  agreeFrom?: number;
  metric?: string;
  required?: boolean;
}

/** The gateway's QuestionnaireInput. */
export interface QuestionnaireInput {
  key: string;
  respondent: RespondentKind;
  titleSv: string;
  titleEn: string;
  questions: SurveyQuestionInput[];
}

export const RECORD_FOLLOW_UP = `mutation RecordFollowUp($id: ID!, $doneOn: LocalDate!, $working: Boolean!, $studying: Boolean!) {
  recordFollowUp(id: $id, doneOn: $doneOn, working: $working, studying: $studying) { id doneOn working studying }
}`;

export const CREATE_QUESTIONNAIRE_VERSION = `mutation CreateQuestionnaireVersion($input: QuestionnaireInput!) {
  createQuestionnaireVersion(input: $input) {
    id key version titleSv titleEn respondent latest
    questions { key scale textSv textEn metric agreeFrom required }
  }
}`;

export interface EditingOperations {
  recordFollowUp(p: RecordFollowUpParams): Promise<FollowUpRecord>;
  createQuestionnaireVersion(input: QuestionnaireInput): Promise<Questionnaire>;
}

export function buildEditingOperations(call: GraphQLCall): EditingOperations {
  return {
    recordFollowUp: async (p) =>
      (await call<{ recordFollowUp: FollowUpRecord }>(RECORD_FOLLOW_UP, { ...p })).recordFollowUp,
    createQuestionnaireVersion: async (input) =>
      (
        await call<{ createQuestionnaireVersion: Questionnaire }>(CREATE_QUESTIONNAIRE_VERSION, {
          input,
        })
      ).createQuestionnaireVersion,
  };
}
