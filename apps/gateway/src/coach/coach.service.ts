import { LocalDate, type Uuid } from '@finsam-se/domain';
import { standardMonthlySalary } from '@finsam-se/funding';
import { coaches, reportRowsRepository, coachWrites } from '@finsam-se/persistence';
import { permitted } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import { fundingRefusal } from '../report/report.service.js';
import { CoachType } from './coach.type.js';
import { input } from '../shared/input.js';
import { type Opt, audit } from '../shared/service-support.js';

/**
 * Coaches: their posts' FTE and monthly salary drive the cost reports, so every change is
 * audited in the transaction that makes it. A municipal chief writes only in its municipality.
 */
export const coachService = {
  async create(
    ctx: RequestContext,
    values: {
      name: string;
      municipalityId: Uuid;
      fte: number;
      employedFrom: LocalDate;
      monthlySalary: Opt<number>;
    },
  ): Promise<CoachType> {
    const actor = permitted(ctx.actor, 'coach.write');
    const coach = {
      name: input.text('name', values.name),
      municipalityId: values.municipalityId,
      fte: input.fte('fte', values.fte),
      employedFrom: values.employedFrom,
      employedUntil: null,
    };
    if (actor.role === 'municipal_chief' && actor.municipalityId !== coach.municipalityId)
      throw refuse('NOT_FOUND');
    const row = await ctx.inTenant(async (tx) => {
      // No salary given: the standard monthly salary of the year the coach starts, a setting.
      let monthlySalary = values.monthlySalary;
      if (monthlySalary == null) {
        const settings = await reportRowsRepository.salarySettings(tx);
        const standard = standardMonthlySalary(settings, LocalDate.parts(coach.employedFrom).year);
        if (!standard.ok) throw fundingRefusal(standard.error.code, 'monthlySalary');
        monthlySalary = standard.value;
      }
      const id = await coachWrites.createCoach(tx, {
        ...coach,
        monthlySalary: Math.max(0, Math.round(monthlySalary)),
      });
      await audit(tx, ctx, actor, 'create', 'coach', [id]);
      return coaches.findById(tx, id);
    });
    if (!row) throw refuse('NOT_FOUND');
    return CoachType.from(row);
  },

  async update(
    ctx: RequestContext,
    coachId: Uuid,
    values: { name: Opt<string>; fte: Opt<number>; employedUntil: Opt<LocalDate> },
  ): Promise<CoachType> {
    const actor = permitted(ctx.actor, 'coach.write');
    const row = await ctx.inTenant(async (tx) => {
      const existing = await coaches.findById(tx, coachId);
      if (
        !existing ||
        (actor.role === 'municipal_chief' && existing.municipalityId !== actor.municipalityId)
      )
        throw refuse('NOT_FOUND');
      await coachWrites.updateCoach(tx, coachId, {
        ...(values.name != null ? { name: input.text('name', values.name) } : {}),
        ...(values.fte != null ? { fte: input.fte('fte', values.fte) } : {}),
        ...(values.employedUntil != null ? { employedUntil: values.employedUntil } : {}),
      });
      await audit(tx, ctx, actor, 'update', 'coach', [coachId]);
      return coaches.findById(tx, coachId);
    });
    if (!row) throw refuse('NOT_FOUND');
    return CoachType.from(row);
  },
};
