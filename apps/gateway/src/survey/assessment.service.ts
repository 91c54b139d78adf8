import {
  assessmentChange,
  assessmentDefinitions,
  findAssessmentDefinition,
  validateAssessmentScores,
  type Uuid,
  type LocalDate,
} from '@finsam-se/domain';
import { type TenantTx, surveyRepository } from '@finsam-se/persistence';
import type { Actor } from '../auth/actor.js';
import { authorize } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import {
  AssessmentChangeType,
  AssessmentDefinitionType,
  AssessmentType,
  ParticipantAssessmentsType,
  type AssessmentScoreInput,
} from './survey.type.js';
import { input } from '../shared/input.js';
import { audit, domainRefusal, todayOf } from '../shared/service-support.js';

/** Assessments (DOA, SASSAM): recorded by the participant's coach, read by the coach and the manager. */
export const assessmentService = {
  definitions(ctx: RequestContext): AssessmentDefinitionType[] {
    authorize(ctx.actor, 'questionnaire.read');
    return assessmentDefinitions.map((d) => AssessmentDefinitionType.from(d));
  },

  async record(
    ctx: RequestContext,
    args: {
      participantId: Uuid;
      definition: string;
      on: LocalDate;
      scores: readonly AssessmentScoreInput[];
      note?: string | null | undefined;
    },
  ): Promise<AssessmentType> {
    authorize(ctx.actor, 'assessment.record');
    const participantId = args.participantId;
    const definition = findAssessmentDefinition(args.definition);
    if (!definition) throw refuse('ASSESSMENT.UNKNOWN', { field: 'definition' });
    const on = args.on;
    if (on > todayOf(ctx)) throw refuse('DATE.FUTURE', { field: 'on' });
    const scores: Record<string, number> = {};
    for (const [index, s] of args.scores.entries()) {
      if (s.item in scores)
        throw refuse('ASSESSMENT.ITEM_TWICE', { field: `scores.${index}.item` });
      scores[s.item] = s.score;
    }
    const checked = validateAssessmentScores(definition, scores);
    if (!checked.ok) throw domainRefusal(checked.error, 'scores');
    const note = args.note?.trim() ? input.text('note', args.note, { max: 2000 }) : '';
    return ctx.inTenant(async (tx, actor) => {
      await participantInScope(tx, actor, participantId);
      const id = await surveyRepository.insertAssessment(tx, {
        participantId,
        definitionKey: definition.key,
        definitionVersion: definition.version,
        assessedOn: on,
        recordedBy: actor.id,
        note,
        scores: checked.value,
      });
      await audit(tx, ctx, actor, 'create', 'assessment', [id]);
      const saved = (await surveyRepository.assessmentsOfParticipant(tx, participantId)).find(
        (a) => a.id === id,
      );
      if (!saved) throw refuse('NOT_FOUND');
      return AssessmentType.from(saved, true);
    });
  },

  /** A participant's assessments and change over time: their coach and the manager only. */
  async ofParticipant(
    ctx: RequestContext,
    participantId: Uuid,
  ): Promise<ParticipantAssessmentsType> {
    authorize(ctx.actor, 'assessment.read');
    return ctx.inTenant(async (tx, actor) => {
      await participantInScope(tx, actor, participantId);
      const rows = await surveyRepository.assessmentsOfParticipant(tx, participantId);
      await audit(tx, ctx, actor, 'read', 'assessment', [participantId]);
      const changes: AssessmentChangeType[] = [];
      for (const definition of assessmentDefinitions) {
        const history = rows
          .filter((r) => r.definitionKey === definition.key)
          .map((r) => ({ on: r.assessedOn, scores: r.scores }));
        const change = assessmentChange(definition, history);
        if (change) changes.push(AssessmentChangeType.from(definition.key, change));
      }
      return Object.assign(new ParticipantAssessmentsType(), {
        participantId,
        assessments: rows.map((r) => AssessmentType.from(r, true)),
        changes,
      });
    });
  },
};

/** A participant the actor may assess: the coach of their latest enrollment, or a manager. */
async function participantInScope(tx: TenantTx, actor: Actor, participantId: Uuid) {
  const owner = await surveyRepository.participantOwner(tx, participantId);
  if (!owner) throw refuse('NOT_FOUND');
  if (actor.role === 'manager') return owner;
  if (actor.role === 'coach' && actor.coachId && owner.coachId === actor.coachId) return owner;
  if (actor.role === 'coach') throw refuse('NOT_FOUND');
  throw refuse('FORBIDDEN');
}
