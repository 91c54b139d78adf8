import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { todoService } from './todo.service.js';
import { JobFailureType, OutboxPageType, TodoItemType } from './todo.type.js';

@Resolver()
export class TodoResolver {
  @Query(() => [TodoItemType], {
    description:
      "\"Att göra\": a coach's due follow-ups, a chief's attestations, the manager's SE groups, failed mail and jobs.",
  })
  myTasks(@Ctx() ctx: RequestContext): Promise<TodoItemType[]> {
    return todoService.myTasks(ctx);
  }

  @Query(() => OutboxPageType, {
    description: 'Every e-mail the system wrote, newest first (managers).',
  })
  mailOutbox(
    @Arg('page', () => Int, { defaultValue: 0 }) page: number,
    @Arg('perPage', () => Int, { defaultValue: 50 }) perPage: number,
    @Arg('state', () => String, { nullable: true }) state: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<OutboxPageType> {
    return todoService.outbox(ctx, { page, perPage, state });
  }

  @Query(() => [JobFailureType], {
    description: 'Scheduled jobs that failed, newest first (managers).',
  })
  jobFailures(@Ctx() ctx: RequestContext): Promise<JobFailureType[]> {
    return todoService.jobFailures(ctx);
  }
}
