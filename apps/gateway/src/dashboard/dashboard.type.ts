import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GenderEnum, type ValueOf } from '../schema/enums.js';
import { LocalDateScalar, MoneyScalar } from '../schema/scalars.js';
import { MeetingCadenceType } from '../meeting/meeting-cadence.type.js';
import { AllocationRowType } from '../reallocation/reallocation.type.js';

@ObjectType('GenderShare')
export class GenderShareType {
  @Field(() => GenderEnum) gender!: ValueOf<typeof GenderEnum>;
  @Field(() => Int) discharged!: number;
  @Field(() => Int) toWorkOrStudies!: number;
  @Field(() => Float, { nullable: true }) share!: number | null;
}

@ObjectType('OutcomeSummary', {
  description:
    'Discharges from the project start to asOf: share to regular work or studies against the goal.',
})
export class OutcomeSummaryType {
  @Field(() => Float, { description: 'The project goal as a share, e.g. 0.35.' }) goal!: number;
  @Field(() => Int) discharged!: number;
  @Field(() => Int) toWorkOrStudies!: number;
  @Field(() => Float, { nullable: true }) share!: number | null;
  @Field(() => [GenderShareType]) byGender!: GenderShareType[];
}

@ObjectType('AttestationDue')
export class AttestationDueType {
  @Field(() => ID) municipalityId!: string;
  @Field(() => String) municipalityName!: string;
  @Field(() => String, { description: 'YYYYH1 or YYYYH2.' }) halfYear!: string;
}

@ObjectType('BudgetMonth', {
  description:
    "One month of the year's budget line: budget to date against salary cost used to date.",
})
export class BudgetMonthType {
  @Field(() => String, { description: 'YYYY-MM.' }) month!: string;
  @Field(() => MoneyScalar, {
    description: "The year's budget in twelve even parts, summed through this month.",
  })
  budgetToDate!: number;
  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "Salary cost from 1 January through the month's end (through asOf in its month); null before the month begins.",
  })
  usedToDate!: number | null;
}

@ObjectType('Dashboard')
export class DashboardType {
  @Field(() => ID) projectId!: string;
  @Field(() => LocalDateScalar) asOf!: string;
  @Field(() => OutcomeSummaryType) outcome!: OutcomeSummaryType;
  @Field(() => [AllocationRowType]) capacity!: AllocationRowType[];
  @Field(() => Int) referralsWaiting!: number;
  @Field(() => [AttestationDueType], {
    description:
      'Half-years ended by asOf and not signed (a half-year falls due the day after it ends).',
  })
  attestationsDue!: AttestationDueType[];
  @Field(() => [MeetingCadenceType], {
    description:
      "Per municipality with posts in the project: whole months of the project before asOf's month without an SE-group meeting, least regular first.",
  })
  meetingCadence!: MeetingCadenceType[];
  @Field(() => MoneyScalar, { description: 'Budget of the year of asOf.' }) budget!: number;
  @Field(() => MoneyScalar, { description: 'Salary cost from 1 January through asOf.' })
  committed!: number;
  @Field(() => [BudgetMonthType], {
    description:
      "The year of asOf month by month, budget against used (empty without the year's salary settings).",
  })
  budgetMonths!: BudgetMonthType[];
}
