/** What to generate for one association. */
export type AssociationSpec = {
  readonly id: string;
  readonly name: string;
  readonly organisationNumber: string;
  /** SCB code, name and relative size (population share) of each municipality. */
  readonly municipalities: readonly { code: string; name: string; weight: number }[];
  readonly projects: readonly ProjectSpec[];
  /** New participants per year across the association. */
  readonly participantsPerYear: number;
  /** No event is generated on or after this date: "today" of the data set. */
  readonly dataUntil: string;
  readonly seed: number;
  /** Demo users with real password hashes (the demo association only). */
  readonly demoUsers?: readonly DemoUserSpec[];
  /** E-mail domain for generated staff accounts (unique per association). */
  readonly emailDomain: string;
};

export type ProjectSpec = {
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly budgetPerYearOre: number;
  /** A year's budget where it differs from `budgetPerYearOre` (e.g. raised for on-cost). */
  readonly budgetByYearOre?: Readonly<Record<number, number>>;
  readonly targetGroup: string;
  /** The goals the project's own description states (target in basis points: 3500 = 35 %). */
  readonly goals: readonly GoalSpec[];
  /** Total FTE funded, split over municipalities by weight in 0.5 steps at start. */
  readonly totalFte: number;
  /** Explicit starting FTE (hundredths) per SCB code, instead of the split by weight. */
  readonly initialFteByCode?: Readonly<Record<string, number>>;
  /** Reallocations to record: on a date, move FTE (hundredths) from one code to another. */
  readonly reallocations: readonly {
    effectiveFrom: string;
    fromCode: string;
    toCode: string;
    hundredths: number;
    reason: string;
  }[];
};

export type DemoUserSpec = {
  readonly email: string;
  readonly name: string;
  readonly role:
    'board' | 'steering' | 'manager' | 'municipal_chief' | 'coach' | 'referrer' | 'external';
  readonly municipalityCode?: string;
  readonly organisation?: 'FK' | 'AF' | 'REGION' | 'MUNICIPALITY';
  readonly passwordHash: string;
};

/** A goal metric as the goals table names it. */
export type GoalMetric =
  | 'work_or_studies_at_discharge'
  | 'self_supporting_after'
  | 'still_working_after_support'
  | 'satisfied_participants'
  | 'satisfied_employers'
  | 'closer_to_labour_market'
  | 'enrolled_participants';

export type GoalSpec = {
  readonly metric: GoalMetric;
  readonly targetBasisPoints: number;
  /** The goal in the words of the document it comes from. */
  readonly description: string;
};
