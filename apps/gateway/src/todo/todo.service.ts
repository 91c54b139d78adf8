import {
  type LocalDate,
  attestationsDue,
  followUpsRecordableDueBefore,
  reminderKeys,
} from '@finsam-se/domain';
import type { TenantTx } from '@finsam-se/persistence';
import {
  dueItemsRepository,
  jobEffectsRepository,
  outboxRepository,
  type OutboxState,
} from '@finsam-se/persistence/jobs';
import { authorize, scopeFilter } from '../auth/authorize.js';
import type { Actor } from '../auth/actor.js';
import { todayOf } from '../clock/today.js';
import type { RequestContext } from '../context.js';
import { badInput } from '../errors/error-codes.js';
import { missedMonthOf } from '../jobs/se-group-job.js';
import { audit } from '../shared/service-support.js';
import {
  JobFailureType,
  OutboxMessageType,
  type OutboxPageType,
  TodoItemType,
} from './todo.type.js';

const item = (values: Omit<TodoItemType, never>): TodoItemType =>
  Object.assign(new TodoItemType(), values);

/** A coach's (or chief's) follow-ups whose window is open, naming the person (audited as a read). */
async function followUpItems(
  tx: TenantTx,
  ctx: RequestContext,
  actor: Actor,
  today: LocalDate,
  scope: { kind: 'coach'; coachId: string } | { kind: 'municipality'; municipalityId: string },
): Promise<TodoItemType[]> {
  const due = await dueItemsRepository.followUps(tx, followUpsRecordableDueBefore(today), scope);
  if (due.length > 0)
    await audit(tx, ctx, actor, 'read', 'participant', [
      ...new Set(due.map((d) => d.participantId)),
    ]);
  return due.map((d) =>
    item({
      id: reminderKeys.followUp(d.followUpId),
      kind: 'FOLLOW_UP',
      title: `Uppföljning ${d.monthsAfter} månader: ${d.participantName}`,
      dueOn: d.dueOn,
      overdue: d.dueOn < today,
      link: `#/Enrollment/${d.enrollmentId}/show`,
    }),
  );
}

async function attestationItems(tx: TenantTx, today: LocalDate, municipalityId?: string) {
  const items: TodoItemType[] = [];
  for (const facts of await dueItemsRepository.attestationFacts(tx, municipalityId))
    for (const halfYear of attestationsDue(
      { start: facts.projectStart, end: facts.projectEnd },
      today,
      facts.signed,
    ))
      items.push(
        item({
          id: reminderKeys.attestation(facts.municipalityId, facts.projectId, halfYear),
          kind: 'ATTESTATION',
          title: `Attestera ${halfYear} för ${facts.municipalityName} (${facts.projectName})`,
          dueOn: null,
          overdue: true,
          link: '#/attestations',
        }),
      );
  return items;
}

async function managerItems(tx: TenantTx, today: LocalDate): Promise<TodoItemType[]> {
  const items: TodoItemType[] = [];
  for (const m of await dueItemsRepository.municipalities(tx)) {
    const month = await missedMonthOf(tx, today, m.id);
    if (month)
      items.push(
        item({
          id: reminderKeys.seGroup(m.id, month),
          kind: 'SE_GROUP',
          title: `SE-gruppen i ${m.name} träffades inte ${month}`,
          dueOn: null,
          overdue: true,
          link: '#/SeGroupMeeting',
        }),
      );
  }
  const failed = await outboxRepository.list(tx, { limit: 1, offset: 0, state: 'failed' });
  if (failed.total > 0)
    items.push(
      item({
        id: 'mail:failed',
        kind: 'FAILED_MAIL',
        title: `${failed.total} e-postmeddelanden kunde inte skickas`,
        dueOn: null,
        overdue: true,
        link: '#/outbox',
      }),
    );
  for (const f of await jobEffectsRepository.failures(tx))
    if (f.task !== 'mail-send')
      items.push(
        item({
          id: `job:${f.jobKey}`,
          kind: 'FAILED_JOB',
          title: `Jobbet ${f.task} misslyckades (${f.attempts} försök${f.final ? ', ges upp' : ''})`,
          dueOn: null,
          overdue: true,
          link: '#/outbox',
        }),
      );
  return items;
}

const STATES: Record<string, OutboxState> = {
  PENDING: 'pending',
  HELD: 'held',
  SENT: 'sent',
  FAILED: 'failed',
};

/** "Att göra" per role, and the outbox and failed jobs for the manager. */
export const todoService = {
  async myTasks(ctx: RequestContext): Promise<TodoItemType[]> {
    const scope = scopeFilter(ctx.actor, 'todo.read');
    const today = todayOf(ctx);
    return ctx.inTenant(async (tx, actor) => {
      switch (scope.kind) {
        case 'coach':
          return followUpItems(tx, ctx, actor, today, { kind: 'coach', coachId: scope.coachId });
        case 'municipality':
          return attestationItems(tx, today, scope.municipalityId);
        case 'association':
          return [...(await attestationItems(tx, today)), ...(await managerItems(tx, today))];
      }
    });
  },

  async outbox(
    ctx: RequestContext,
    args: { page: number; perPage: number; state?: string | null | undefined },
  ): Promise<OutboxPageType> {
    authorize(ctx.actor, 'outbox.read');
    if (!Number.isInteger(args.page) || args.page < 0)
      throw badInput('page', 'Sidan måste vara 0 eller större.');
    if (!Number.isInteger(args.perPage) || args.perPage < 1 || args.perPage > 200)
      throw badInput('perPage', 'Visa 1–200 rader per sida.');
    const state = args.state ? STATES[args.state] : undefined;
    if (args.state && !state)
      throw badInput('state', 'Okänt läge: PENDING, HELD, SENT eller FAILED.');
    const page = await ctx.inTenant((tx) =>
      outboxRepository.list(tx, {
        limit: args.perPage,
        offset: args.page * args.perPage,
        ...(state ? { state } : {}),
      }),
    );
    return { items: page.messages.map(OutboxMessageType.from), total: page.total };
  },

  async jobFailures(ctx: RequestContext): Promise<JobFailureType[]> {
    authorize(ctx.actor, 'job.read');
    return (await ctx.inTenant((tx) => jobEffectsRepository.failures(tx))).map(JobFailureType.from);
  },
};
