import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GenderEnum, type ValueOf } from '../schema/enums.js';
import { LocalDateScalar, MoneyScalar } from '../schema/scalars.js';
import { AllocationRowType } from './reallocation.type.js';

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

@ObjectType('Dashboard')
export class DashboardType {
  @Field(() => ID) projectId!: string;
  @Field(() => LocalDateScalar) asOf!: string;
  @Field(() => OutcomeSummaryType) outcome!: OutcomeSummaryType;
  @Field(() => [AllocationRowType]) capacity!: AllocationRowType[];
  @Field(() => Int) referralsWaiting!: number;
  @Field(() => [AttestationDueType]) attestationsDue!: AttestationDueType[];
  @Field(() => MoneyScalar, { description: 'Budget of the year of asOf.' }) budget!: number;
  @Field(() => MoneyScalar, { description: 'Salary cost from 1 January through asOf.' })
  committed!: number;
}
