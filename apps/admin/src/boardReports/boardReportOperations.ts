// The board reports' GraphQL operations, with the session's bearer header.
import { createGraphQLCall } from '../api/graphqlFetch';
import {
  BoardReportsDocument,
  type BoardReportFieldsFragment,
  ProduceBoardReportDocument,
  type ProduceBoardReportInput,
} from '../api/generated/graphql';

export type StoredBoardReport = BoardReportFieldsFragment;

const call = createGraphQLCall();

export async function produceBoardReport(
  input: ProduceBoardReportInput,
): Promise<StoredBoardReport> {
  return (await call(ProduceBoardReportDocument, { input })).produceBoardReport;
}

export async function listBoardReports(projectId?: string): Promise<StoredBoardReport[]> {
  return (await call(BoardReportsDocument, projectId ? { projectId } : {})).boardReports;
}
