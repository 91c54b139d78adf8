// Editing operations that do not follow ra-data-graphql-simple's createX/updateX shape:
// recording a follow-up and creating a questionnaire version.
import type { GraphQLCall } from './graphqlFetch';
import {
  CreateQuestionnaireVersionDocument,
  RecordFollowUpDocument,
  type QuestionnaireInput,
  type RecordFollowUpMutation,
  type RecordFollowUpMutationVariables,
  type SurveyQuestionInput,
} from './generated/graphql';
import type { Questionnaire } from './types';

export type { QuestionnaireInput, SurveyQuestionInput };
export type FollowUpRecord = RecordFollowUpMutation['recordFollowUp'];
export type RecordFollowUpParams = RecordFollowUpMutationVariables;

export interface EditingOperations {
  recordFollowUp(p: RecordFollowUpParams): Promise<FollowUpRecord>;
  createQuestionnaireVersion(input: QuestionnaireInput): Promise<Questionnaire>;
}

export function buildEditingOperations(call: GraphQLCall): EditingOperations {
  return {
    recordFollowUp: async (p) => (await call(RecordFollowUpDocument, p)).recordFollowUp,
    createQuestionnaireVersion: async (input) =>
      (await call(CreateQuestionnaireVersionDocument, { input })).createQuestionnaireVersion,
  };
}
