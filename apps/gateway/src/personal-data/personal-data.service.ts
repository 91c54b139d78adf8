import type { Participant, Role, Uuid, LocalDate } from '@finsam-se/domain';
import {
  type ConsentMethod,
  type ConsentPurpose,
  type RetentionKind,
  type TenantTx,
  anonymiseParticipants,
  coaches,
  consentMethods,
  consentPurposes,
  consentRepository,
  enrollments,
  municipalities,
  participantChangeRepository,
  participantRepository,
  registerExtractData,
  retentionKinds,
  retentionRepository,
  runRetention,
  users,
} from '@finsam-se/persistence';
import { type SusRegistrationRow, susExportCsv } from '@finsam-se/reporting';
import { susExportPages } from './sus-export-pages.js';
import { type PersonScope, authorize, permitted, scopeFilter } from '../auth/authorize.js';
import { scopeOf } from '../auth/policy-table.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import {
  AccessReviewEntryType,
  ConsentType,
  ParticipantChangeType,
  RegisterExtractType,
  RetentionResultType,
  RetentionRuleType,
  RetentionRunType,
} from './personal-data.type.js';
import { input } from '../shared/input.js';
import { renderRegisterExtractHtml } from './register-extract-html.js';
import { audit, todayOf } from '../shared/service-support.js';

/**
 * The participant if the actor's scope reaches them: the participant list's own rule
 * (coach: own and registered, chief: municipality), so whoever sees a person in the list
 * also sees their consents.
 */
function participantInScope(
  ctx: RequestContext,
  tx: TenantTx,
  scope: PersonScope,
  participantId: string,
): Promise<Participant | undefined> {
  return participantRepository(ctx.pii).findVisible(tx, scope, participantId);
}

function purposeOf(value: string): ConsentPurpose {
  if (!(consentPurposes as readonly string[]).includes(value))
    throw refuse('CONSENT.PURPOSE', { field: 'purpose' });
  return value as ConsentPurpose;
}
function methodOf(value: string): ConsentMethod {
  if (!(consentMethods as readonly string[]).includes(value))
    throw refuse('CONSENT.METHOD', { field: 'method' });
  return value as ConsentMethod;
}

/** Scope of the actor as shown in the access review: the people-access table's reading. */
function scopeLabel(role: Role): string {
  if (role === 'referrer') return 'Egna remisser';
  switch (scopeOf(role, 'participant.read')) {
    case 'association':
      return 'Hela förbundet';
    case 'municipality':
      return 'Kommun';
    case 'own':
      return 'Egna deltagare';
    case 'none':
    case 'aggregates':
      return 'Aggregerad statistik';
  }
}

/** GDPR: consent, register extract, rectification history, erasure, retention, access review. */
export const personalDataService = {
  async consents(ctx: RequestContext, participantId: Uuid): Promise<ConsentType[]> {
    const scope = scopeFilter(ctx.actor, 'consent');
    const today = todayOf(ctx);
    return ctx.inTenant(async (tx, actor) => {
      if (!(await participantInScope(ctx, tx, scope, participantId))) throw refuse('NOT_FOUND');
      const rows = await consentRepository.listForParticipant(tx, participantId);
      await audit(tx, ctx, actor, 'read', 'participant', [participantId], { what: 'consents' });
      return rows.map((c) => ConsentType.from(c, today));
    });
  },

  async recordConsent(
    ctx: RequestContext,
    values: { participantId: Uuid; purpose: string; givenOn: LocalDate; method: string },
  ): Promise<ConsentType> {
    const actor = permitted(ctx.actor, 'consent.write');
    const scope = scopeFilter(actor, 'consent.write');
    const participantId = values.participantId;
    const purpose = purposeOf(values.purpose);
    const method = methodOf(values.method);
    const givenOn = values.givenOn;
    const today = todayOf(ctx);
    if (givenOn > today) throw refuse('DATE.FUTURE', { field: 'givenOn' });
    return ctx.inTenant(async (tx) => {
      const participant = await participantInScope(ctx, tx, scope, participantId);
      if (!participant) throw refuse('NOT_FOUND');
      const created = await consentRepository.record(tx, {
        participantId,
        purpose,
        givenOn,
        method,
        recordedBy: actor.id,
      });
      await audit(tx, ctx, actor, 'create', 'consent', [created.id], {
        participantId,
        purpose,
      });
      await audit(tx, ctx, actor, 'update', 'participant', [participantId], {
        consent: 'given',
        purpose,
      });
      return ConsentType.from(created, today);
    });
  },

  async withdrawConsent(
    ctx: RequestContext,
    consentId: Uuid,
    withdrawnOn: LocalDate,
  ): Promise<ConsentType> {
    const actor = permitted(ctx.actor, 'consent.write');
    const scope = scopeFilter(actor, 'consent.write');
    const today = todayOf(ctx);
    if (withdrawnOn > today) throw refuse('DATE.FUTURE', { field: 'withdrawnOn' });
    return ctx.inTenant(async (tx) => {
      const consent = await consentRepository.findById(tx, consentId);
      if (!consent || !(await participantInScope(ctx, tx, scope, consent.participantId)))
        throw refuse('NOT_FOUND');
      if (consent.withdrawnOn !== null) throw refuse('CONSENT.ALREADY_WITHDRAWN', { field: 'id' });
      if (withdrawnOn < consent.givenOn)
        throw refuse('CONSENT.WITHDRAWN_BEFORE_GIVEN', { field: 'withdrawnOn' });
      const withdrawn = await consentRepository.withdraw(tx, consentId, withdrawnOn, actor.id);
      await audit(tx, ctx, actor, 'update', 'consent', [consentId], {
        participantId: consent.participantId,
        purpose: consent.purpose,
        withdrawnOn,
      });
      await audit(tx, ctx, actor, 'update', 'participant', [consent.participantId], {
        consent: 'withdrawn',
        purpose: consent.purpose,
      });
      return ConsentType.from(withdrawn, today);
    });
  },

  async history(ctx: RequestContext, participantId: Uuid): Promise<ParticipantChangeType[]> {
    const scope = scopeFilter(ctx.actor, 'participant');
    return ctx.inTenant(async (tx, actor) => {
      if (!(await participantInScope(ctx, tx, scope, participantId))) throw refuse('NOT_FOUND');
      const rows = await participantChangeRepository.list(tx, participantId);
      await audit(tx, ctx, actor, 'read', 'participant', [participantId], { what: 'history' });
      return rows.map(ParticipantChangeType.from);
    });
  },

  /**
   * The SUS export page by page (its rule: sus-export-pages.ts), for the workbook that
   * streams it; a refusal is thrown when the first page is asked for.
   */
  susExportPages,

  /** SUS export (managers): only people with active SUS consent on the export day. */
  async susExport(ctx: RequestContext, from: string, to: string): Promise<string> {
    const rows: SusRegistrationRow[] = [];
    for await (const page of susExportPages(ctx, from, to)) rows.push(...page);
    return susExportCsv(rows);
  },

  /** Registerutdrag (art. 15): managers only; producing it is audited as an export. */
  async registerExtract(ctx: RequestContext, participantId: Uuid): Promise<RegisterExtractType> {
    const actor = permitted(ctx.actor, 'participant.extract');
    const generatedAt = ctx.now().toISOString();
    return ctx.inTenant(async (tx) => {
      const exists = await participantRepository(ctx.pii).findById(tx, participantId);
      if (!exists) throw refuse('NOT_FOUND');
      await audit(tx, ctx, actor, 'export', 'participant', [participantId], {
        kind: 'register_extract',
      });
      const data = await registerExtractData(tx, ctx.pii, participantId);
      if (!data) throw refuse('NOT_FOUND');
      const document = {
        kind: 'registerutdrag',
        legalBasis: 'Dataskyddsförordningen (EU) 2016/679 artikel 15',
        generatedAt,
        generatedBy: { id: actor.id, name: actor.name },
        controller: actor.associationName,
        participantId,
        personnummer: data.personnummer,
        tables: Object.fromEntries(data.sections.map((s) => [s.table, s.rows])),
      };
      return Object.assign(new RegisterExtractType(), {
        json: JSON.stringify(document, null, 2),
        html: renderRegisterExtractHtml({
          controller: actor.associationName,
          generatedAt,
          generatedBy: actor.name,
          personnummer: data.personnummer,
          sections: data.sections,
        }),
        generatedAt,
      });
    });
  },

  /** Radering: irreversible anonymisation (managers), refused while an enrollment is open. */
  async erase(ctx: RequestContext, participantId: Uuid, reason: string) {
    const actor = permitted(ctx.actor, 'participant.erase');
    const why = input.text('reason', reason, { min: 3, max: 500 });
    return ctx.inTenant(async (tx) => {
      const repo = participantRepository(ctx.pii);
      const existing = await repo.findById(tx, participantId);
      if (!existing) throw refuse('NOT_FOUND');
      const open = await enrollments.list(tx, {
        filter: { participantIds: [participantId] },
        limit: 100,
        offset: 0,
      });
      if (open.some((e) => e.discharge === null))
        throw refuse('ERASURE.ACTIVE_ENROLLMENT', { field: 'participantId' });
      const done = await anonymiseParticipants(
        tx,
        ctx.pii,
        tx.associationId,
        [participantId],
        todayOf(ctx),
      );
      if (done.length === 0) throw refuse('ERASURE.ALREADY_ANONYMISED', { field: 'participantId' });
      await audit(tx, ctx, actor, 'delete', 'participant', [participantId], {
        kind: 'erasure',
        reason: why,
      });
      const after = await repo.findById(tx, participantId);
      if (!after) throw refuse('NOT_FOUND');
      return after;
    });
  },

  async retentionRules(ctx: RequestContext): Promise<RetentionRuleType[]> {
    authorize(ctx.actor, 'retention.read');
    return (await ctx.inTenantStatement((tx) => retentionRepository.rules(tx))).map(
      RetentionRuleType.from,
    );
  },

  async setRetentionRule(
    ctx: RequestContext,
    kind: string,
    years: number,
  ): Promise<RetentionRuleType[]> {
    const actor = permitted(ctx.actor, 'retention.write');
    if (!(retentionKinds as readonly string[]).includes(kind))
      throw refuse('RETENTION.KIND', { field: 'kind' });
    if (!Number.isInteger(years) || years < 1 || years > 100)
      throw refuse('RETENTION.YEARS', { field: 'years' });
    return ctx.inTenant(async (tx) => {
      await retentionRepository.setRule(tx, kind as RetentionKind, years, actor.id);
      await audit(tx, ctx, actor, 'update', 'retention_rule', [], { kind, years });
      return (await retentionRepository.rules(tx)).map(RetentionRuleType.from);
    });
  },

  async retentionRuns(ctx: RequestContext): Promise<RetentionRunType[]> {
    authorize(ctx.actor, 'retention.read');
    return (await ctx.inTenantStatement((tx) => retentionRepository.runs(tx))).map(
      RetentionRunType.from,
    );
  },

  /** Gallring now (managers); a dry run reports without writing. */
  async runRetention(ctx: RequestContext, dryRun: boolean): Promise<RetentionResultType> {
    const actor = permitted(ctx.actor, 'retention.run');
    const result = await runRetention(ctx.database, ctx.pii, {
      associationId: actor.associationId,
      asOf: todayOf(ctx),
      dryRun,
      runBy: actor.id,
      role: actor.role,
      requestId: ctx.requestId,
    });
    return RetentionResultType.from(result);
  },

  /** Behörighetsuppföljning: every user with role, scope, last log-in and status. */
  async accessReview(ctx: RequestContext): Promise<AccessReviewEntryType[]> {
    authorize(ctx.actor, 'user.read');
    return ctx.inTenant(async (tx, actor) => {
      const all = await users.list(tx, { sortField: 'name', limit: 10_000, offset: 0 });
      const municipalityIds = [
        ...new Set(all.map((u) => u.municipalityId).filter((m): m is string => m !== null)),
      ];
      const coachIds = [
        ...new Set(all.map((u) => u.coachId).filter((c): c is string => c !== null)),
      ];
      const names = new Map<string, string>();
      for (const m of await municipalities.findByIds(tx, municipalityIds)) names.set(m.id, m.name);
      for (const c of await coaches.findByIds(tx, coachIds)) names.set(c.id, c.name);
      await audit(
        tx,
        ctx,
        actor,
        'read',
        'user',
        all.map((u) => u.id),
        { what: 'access_review' },
      );
      return all.map((u) => {
        const municipalityName = u.municipalityId ? (names.get(u.municipalityId) ?? null) : null;
        const coachName = u.coachId ? (names.get(u.coachId) ?? null) : null;
        const detail =
          u.role === 'coach' ? coachName : u.role === 'municipal_chief' ? municipalityName : null;
        return Object.assign(new AccessReviewEntryType(), {
          id: u.id,
          name: u.name,
          email: u.email,
          role: u.role,
          scope: detail ? `${scopeLabel(u.role)}: ${detail}` : scopeLabel(u.role),
          municipalityName,
          coachName,
          organisation: u.organisation,
          lastLoginAt: u.lastLoginAt,
          active: u.active,
          version: u.version,
        });
      });
    });
  },
};
