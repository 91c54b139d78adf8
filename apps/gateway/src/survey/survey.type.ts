import type {
  AssessmentChange,
  AssessmentDefinition,
  Question,
  QuestionnaireDefinition,
} from '@finsam-se/domain';
import type {
  AssessmentRecord,
  InvitationRecord,
  QuestionnaireRecord,
  SurveyResponseRecord,
} from '@finsam-se/persistence';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar, LocalDateScalar } from '../schema/scalars.js';

// GraphQL names are UPPER_SNAKE; the values are the domain's own strings.
export const QuestionScaleEnum = {
  LIKERT5: 'likert5',
  YES_NO: 'yes_no',
  SCALE_0_10: 'scale_0_10',
} as const;
export const RespondentKindEnum = { PARTICIPANT: 'participant', EMPLOYER: 'employer' } as const;
export const SurveyTriggerEnum = {
  ENROLLMENT: 'enrollment',
  DISCHARGE: 'discharge',
  MONTH_3: 'month_3',
  MONTH_6: 'month_6',
  MONTH_12: 'month_12',
  YEAR_END: 'year_end',
} as const;
export const SurveyGoalMetricEnum = {
  SATISFIED_PARTICIPANTS: 'satisfied_participants',
  SATISFIED_EMPLOYERS: 'satisfied_employers',
  CLOSER_TO_LABOUR_MARKET: 'closer_to_labour_market',
} as const;
registerEnumType(QuestionScaleEnum, {
  name: 'QuestionScale',
  description: 'LIKERT5: 1–5; YES_NO: 0 = no, 1 = yes; SCALE_0_10: 0–10.',
});
registerEnumType(RespondentKindEnum, { name: 'RespondentKind' });
registerEnumType(SurveyTriggerEnum, {
  name: 'SurveyTrigger',
  description:
    'When a questionnaire is sent: enrollment, discharge, 3/6/12 months after, year end.',
});
registerEnumType(SurveyGoalMetricEnum, { name: 'SurveyGoalMetric' });

type V<E> = E[keyof E];

@ObjectType('SurveyQuestion')
export class SurveyQuestionType {
  @Field(() => String) key!: string;
  @Field(() => QuestionScaleEnum) scale!: V<typeof QuestionScaleEnum>;
  @Field(() => String) textSv!: string;
  @Field(() => String) textEn!: string;
  @Field(() => SurveyGoalMetricEnum, { nullable: true })
  metric!: V<typeof SurveyGoalMetricEnum> | null;
  @Field(() => Int, { description: 'An answer at or above this value counts as agreeing.' })
  agreeFrom!: number;
  @Field(() => Boolean) required!: boolean;

  static from(q: Question): SurveyQuestionType {
    return Object.assign(new SurveyQuestionType(), {
      key: q.key,
      scale: q.scale,
      textSv: q.text.sv,
      textEn: q.text.en,
      metric: q.metric,
      agreeFrom: q.agreeFrom,
      required: q.required,
    });
  }
}

@ObjectType('Questionnaire')
export class QuestionnaireType {
  @Field(() => ID) id!: string;
  @Field(() => String) key!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) titleSv!: string;
  @Field(() => String) titleEn!: string;
  @Field(() => RespondentKindEnum) respondent!: V<typeof RespondentKindEnum>;
  @Field(() => [SurveyQuestionType]) questions!: SurveyQuestionType[];
  @Field(() => Boolean, { description: 'The newest version of its key (the one to send).' })
  latest!: boolean;

  static from(q: QuestionnaireRecord, latest: boolean): QuestionnaireType {
    return Object.assign(new QuestionnaireType(), {
      id: q.id,
      key: q.key,
      version: q.version,
      titleSv: q.title.sv,
      titleEn: q.title.en,
      respondent: q.respondent,
      questions: q.questions.map((question) => SurveyQuestionType.from(question)),
      latest,
    });
  }
}

/** What the public answering page shows: the questions only, no personal data. */
@ObjectType('SurveyForm')
export class SurveyFormType {
  @Field(() => String) titleSv!: string;
  @Field(() => String) titleEn!: string;
  @Field(() => RespondentKindEnum) respondent!: V<typeof RespondentKindEnum>;
  @Field(() => Boolean, { description: 'Answers keep only gender, year and municipality.' })
  anonymous!: boolean;
  @Field(() => DateTimeScalar) expiresAt!: string;
  @Field(() => [SurveyQuestionType]) questions!: SurveyQuestionType[];

  static from(q: QuestionnaireDefinition, anonymous: boolean, expiresAt: Date): SurveyFormType {
    return Object.assign(new SurveyFormType(), {
      titleSv: q.title.sv,
      titleEn: q.title.en,
      respondent: q.respondent,
      anonymous,
      expiresAt: expiresAt.toISOString(),
      questions: q.questions.map((question) => SurveyQuestionType.from(question)),
    });
  }
}

@ObjectType('SurveyInvitation')
export class SurveyInvitationType {
  @Field(() => ID) id!: string;
  @Field(() => ID) questionnaireId!: string;
  @Field(() => ID) enrollmentId!: string;
  @Field(() => ID, { nullable: true }) placementId!: string | null;
  @Field(() => RespondentKindEnum) respondent!: V<typeof RespondentKindEnum>;
  @Field(() => SurveyTriggerEnum) trigger!: V<typeof SurveyTriggerEnum>;
  @Field(() => Boolean) anonymous!: boolean;
  @Field(() => DateTimeScalar) expiresAt!: string;
  @Field(() => DateTimeScalar, { nullable: true }) usedAt!: string | null;
  @Field(() => DateTimeScalar) createdAt!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Path of the one-time link, /survey/<token>: returned once, when created; never stored.',
  })
  path!: string | null;

  static from(r: InvitationRecord, path: string | null = null): SurveyInvitationType {
    return Object.assign(new SurveyInvitationType(), {
      id: r.id,
      questionnaireId: r.questionnaireId,
      enrollmentId: r.enrollmentId,
      placementId: r.placementId,
      respondent: r.respondentKind,
      trigger: r.trigger,
      anonymous: r.anonymous,
      expiresAt: r.expiresAt,
      usedAt: r.usedAt,
      createdAt: r.createdAt,
      path,
    });
  }
}

@ObjectType('SurveyAnswer')
export class SurveyAnswerType {
  @Field(() => String) question!: string;
  @Field(() => Int, { nullable: true }) value!: number | null;
}

@InputType('SurveyAnswerInput')
export class SurveyAnswerInput {
  @Field(() => String) question!: string;
  @Field(() => Int, { nullable: true, description: 'Null = skipped (optional questions).' })
  value?: number | null;
}

@ObjectType('SurveyResponse')
export class SurveyResponseType {
  @Field(() => ID) id!: string;
  @Field(() => ID) questionnaireId!: string;
  @Field(() => RespondentKindEnum) respondent!: V<typeof RespondentKindEnum>;
  @Field(() => SurveyTriggerEnum) trigger!: V<typeof SurveyTriggerEnum>;
  @Field(() => String, { description: 'link | paper' }) channel!: string;
  @Field(() => ID, { nullable: true }) enrollmentId!: string | null;
  @Field(() => ID, { nullable: true }) placementId!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) answeredOn!: string | null;
  @Field(() => [SurveyAnswerType]) answers!: SurveyAnswerType[];

  static from(r: SurveyResponseRecord): SurveyResponseType {
    return Object.assign(new SurveyResponseType(), {
      id: r.id,
      questionnaireId: r.questionnaireId,
      respondent: r.respondentKind,
      trigger: r.trigger,
      channel: r.channel,
      enrollmentId: r.enrollmentId,
      placementId: r.placementId,
      answeredOn: r.answeredOn,
      answers: Object.entries(r.answers).map(([question, value]) =>
        Object.assign(new SurveyAnswerType(), { question, value: value ?? null }),
      ),
    });
  }
}

@InputType('SurveyQuestionInput')
export class SurveyQuestionInput {
  @Field(() => String) key!: string;
  @Field(() => QuestionScaleEnum) scale!: V<typeof QuestionScaleEnum>;
  @Field(() => String) textSv!: string;
  @Field(() => String) textEn!: string;
  @Field(() => SurveyGoalMetricEnum, { nullable: true })
  metric?: V<typeof SurveyGoalMetricEnum> | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Default: 4 on LIKERT5, yes on YES_NO, 7 on SCALE_0_10.',
  })
  agreeFrom?: number | null;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) required?: boolean;
}

@InputType('QuestionnaireInput')
export class QuestionnaireInput {
  @Field(() => String, { description: 'An existing key makes the next version.' }) key!: string;
  @Field(() => String) titleSv!: string;
  @Field(() => String) titleEn!: string;
  @Field(() => RespondentKindEnum) respondent!: V<typeof RespondentKindEnum>;
  @Field(() => [SurveyQuestionInput]) questions!: SurveyQuestionInput[];
}

@ObjectType('AssessmentItem')
export class AssessmentItemType {
  @Field(() => String) key!: string;
  @Field(() => String) area!: string;
  @Field(() => String) textSv!: string;
  @Field(() => String) textEn!: string;
}

@ObjectType('AssessmentDefinition')
export class AssessmentDefinitionType {
  @Field(() => String) key!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { description: 'self_rating | mapping' }) kind!: string;
  @Field(() => String) titleSv!: string;
  @Field(() => String) titleEn!: string;
  @Field(() => [AssessmentItemType]) items!: AssessmentItemType[];

  static from(d: AssessmentDefinition): AssessmentDefinitionType {
    return Object.assign(new AssessmentDefinitionType(), {
      key: d.key,
      version: d.version,
      kind: d.kind,
      titleSv: d.title.sv,
      titleEn: d.title.en,
      items: d.items.map((i) =>
        Object.assign(new AssessmentItemType(), {
          key: i.key,
          area: i.area,
          textSv: i.text.sv,
          textEn: i.text.en,
        }),
      ),
    });
  }
}

@ObjectType('AssessmentScore')
export class AssessmentScoreType {
  @Field(() => String) item!: string;
  @Field(() => Int) score!: number;
}

@InputType('AssessmentScoreInput')
export class AssessmentScoreInput {
  @Field(() => String) item!: string;
  @Field(() => Int) score!: number;
}

@ObjectType('Assessment')
export class AssessmentType {
  @Field(() => ID) id!: string;
  @Field(() => ID) participantId!: string;
  @Field(() => String) definition!: string;
  @Field(() => Int) definitionVersion!: number;
  @Field(() => LocalDateScalar) on!: string;
  @Field(() => String, { nullable: true }) recordedByName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Free text: only within the coach’s scope (own coach, manager).',
  })
  note!: string | null;
  @Field(() => [AssessmentScoreType]) scores!: AssessmentScoreType[];

  static from(r: AssessmentRecord, showNote: boolean): AssessmentType {
    return Object.assign(new AssessmentType(), {
      id: r.id,
      participantId: r.participantId,
      definition: r.definitionKey,
      definitionVersion: r.definitionVersion,
      on: r.assessedOn,
      recordedByName: r.recordedByName,
      note: showNote ? r.note : null,
      scores: Object.entries(r.scores).map(([item, score]) =>
        Object.assign(new AssessmentScoreType(), { item, score }),
      ),
    });
  }
}

@ObjectType('AssessmentItemChange')
export class AssessmentItemChangeType {
  @Field(() => String) item!: string;
  @Field(() => Int) first!: number;
  @Field(() => Int) last!: number;
  @Field(() => Int) change!: number;
}

@ObjectType('AssessmentChange')
export class AssessmentChangeType {
  @Field(() => String) definition!: string;
  @Field(() => LocalDateScalar) from!: string;
  @Field(() => LocalDateScalar) to!: string;
  @Field(() => Int) assessments!: number;
  @Field(() => Float) meanFirst!: number;
  @Field(() => Float) meanLast!: number;
  @Field(() => Float) meanChange!: number;
  @Field(() => [AssessmentItemChangeType]) items!: AssessmentItemChangeType[];

  static from(definition: string, c: AssessmentChange): AssessmentChangeType {
    return Object.assign(new AssessmentChangeType(), {
      definition,
      from: c.from,
      to: c.to,
      assessments: c.assessments,
      meanFirst: c.meanFirst,
      meanLast: c.meanLast,
      meanChange: c.meanChange,
      items: c.items.map((i) => Object.assign(new AssessmentItemChangeType(), i)),
    });
  }
}

@ObjectType('ParticipantAssessments')
export class ParticipantAssessmentsType {
  @Field(() => ID) participantId!: string;
  @Field(() => [AssessmentType]) assessments!: AssessmentType[];
  @Field(() => [AssessmentChangeType], {
    description: 'First against latest, per definition with two or more assessments.',
  })
  changes!: AssessmentChangeType[];
}
