// "Att göra", the outbox and the failed jobs: GraphQL operations with the session's bearer header.
import { createGraphQLCall } from '../api/graphqlFetch';
import {
  JobFailuresDocument,
  type JobFailuresQuery,
  MailOutboxDocument,
  type MailOutboxQuery,
  MyTasksDocument,
  type MyTasksQuery,
} from '../api/generated/graphql';

export type TodoItem = MyTasksQuery['myTasks'][number];
export type OutboxPage = MailOutboxQuery['mailOutbox'];
export type JobFailure = JobFailuresQuery['jobFailures'][number];

const call = createGraphQLCall();

export async function myTasks(): Promise<TodoItem[]> {
  return (await call(MyTasksDocument)).myTasks;
}

export async function mailOutbox(page: number, perPage: number): Promise<OutboxPage> {
  return (await call(MailOutboxDocument, { page, perPage, state: null })).mailOutbox;
}

export async function jobFailures(): Promise<JobFailure[]> {
  return (await call(JobFailuresDocument)).jobFailures;
}
