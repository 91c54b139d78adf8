import type { Uuid, LocalDate } from '@finsam-se/domain';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { type ValueOf } from '../schema/enums.js';
import { LocalDateScalar, UuidScalar } from '../schema/scalars.js';
import { personalDataService } from './personal-data.service.js';
import { ParticipantType } from '../participant/participant.type.js';
import {
  AccessReviewEntryType,
  ConsentMethodEnum,
  ConsentPurposeEnum,
  ConsentType,
  ParticipantChangeType,
  RegisterExtractType,
  RetentionKindEnum,
  RetentionResultType,
  RetentionRuleType,
  RetentionRunType,
} from './personal-data.type.js';

/** Personal data lifecycle (GDPR); roles are enforced in personalDataService. */
@Resolver()
export class PersonalDataResolver {
  @Query(() => [ConsentType], { description: 'All consents of a participant, history included.' })
  participantConsents(
    @Arg('participantId', () => UuidScalar) participantId: Uuid,
    @Ctx() ctx: RequestContext,
  ): Promise<ConsentType[]> {
    return personalDataService.consents(ctx, participantId);
  }

  @Mutation(() => ConsentType, { description: 'Manager, or coach for own participants.' })
  recordConsent(
    @Arg('participantId', () => UuidScalar) participantId: Uuid,
    @Arg('purpose', () => ConsentPurposeEnum) purpose: ValueOf<typeof ConsentPurposeEnum>,
    @Arg('givenOn', () => LocalDateScalar) givenOn: LocalDate,
    @Arg('method', () => ConsentMethodEnum) method: ValueOf<typeof ConsentMethodEnum>,
    @Ctx() ctx: RequestContext,
  ): Promise<ConsentType> {
    return personalDataService.recordConsent(ctx, { participantId, purpose, givenOn, method });
  }

  @Mutation(() => ConsentType, { description: 'Sets withdrawnOn; the consent row is kept.' })
  withdrawConsent(
    @Arg('id', () => UuidScalar) id: Uuid,
    @Arg('withdrawnOn', () => LocalDateScalar) withdrawnOn: LocalDate,
    @Ctx() ctx: RequestContext,
  ): Promise<ConsentType> {
    return personalDataService.withdrawConsent(ctx, id, withdrawnOn);
  }

  @Query(() => [ParticipantChangeType], { description: 'Rättelser, newest first.' })
  participantHistory(
    @Arg('participantId', () => UuidScalar) participantId: Uuid,
    @Ctx() ctx: RequestContext,
  ): Promise<ParticipantChangeType[]> {
    return personalDataService.history(ctx, participantId);
  }

  @Query(() => String, {
    description:
      'SUS registrations in [from, to) as CSV (managers). People without an active SUS consent today are left out.',
  })
  susExport(
    @Arg('from', () => LocalDateScalar) from: LocalDate,
    @Arg('to', () => LocalDateScalar) to: LocalDate,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return personalDataService.susExport(ctx, from, to);
  }

  @Query(() => RegisterExtractType, { description: 'Registerutdrag (art. 15). Managers only.' })
  registerExtract(
    @Arg('participantId', () => UuidScalar) participantId: Uuid,
    @Ctx() ctx: RequestContext,
  ): Promise<RegisterExtractType> {
    return personalDataService.registerExtract(ctx, participantId);
  }

  @Mutation(() => ParticipantType, {
    description:
      'Irreversibly anonymises the participant (managers). CONFLICT while an enrollment is open.',
  })
  async eraseParticipant(
    @Arg('participantId', () => UuidScalar) participantId: Uuid,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ParticipantType> {
    return ParticipantType.from(await personalDataService.erase(ctx, participantId, reason), true);
  }

  @Query(() => [RetentionRuleType], { description: 'Gallringsregler (managers).' })
  retentionRules(@Ctx() ctx: RequestContext): Promise<RetentionRuleType[]> {
    return personalDataService.retentionRules(ctx);
  }

  @Mutation(() => [RetentionRuleType])
  setRetentionRule(
    @Arg('kind', () => RetentionKindEnum) kind: ValueOf<typeof RetentionKindEnum>,
    @Arg('years', () => Int) years: number,
    @Ctx() ctx: RequestContext,
  ): Promise<RetentionRuleType[]> {
    return personalDataService.setRetentionRule(ctx, kind, years);
  }

  @Query(() => [RetentionRunType], { description: 'Logged retention runs, newest first.' })
  retentionRuns(@Ctx() ctx: RequestContext): Promise<RetentionRunType[]> {
    return personalDataService.retentionRuns(ctx);
  }

  @Mutation(() => RetentionResultType, {
    description: 'Gallring as of today (managers). dryRun: true reports without writing.',
  })
  runRetention(
    @Arg('dryRun', () => Boolean) dryRun: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<RetentionResultType> {
    return personalDataService.runRetention(ctx, dryRun);
  }

  @Query(() => [AccessReviewEntryType], { description: 'Behörighetsuppföljning (managers).' })
  accessReview(@Ctx() ctx: RequestContext): Promise<AccessReviewEntryType[]> {
    return personalDataService.accessReview(ctx);
  }
}
