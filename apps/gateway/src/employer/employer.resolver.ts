import { Arg, Args, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { attestationService } from '../attestation/attestation.service.js';
import { employerService } from './employer.service.js';
import { ListMetadata } from '../organisation/organisation.type.js';
import { AttestationType } from '../attestation/attestation.type.js';
import { EmployerType } from './employer.type.js';
import { ListArgs, pagingOf } from '../schema/list-args.js';

@InputType('EmployerFilter')
class EmployerFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => ID, { nullable: true }) municipalityId?: string;
}

@InputType('AttestationFilter')
class AttestationFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) municipalityId?: string;
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => String, { nullable: true }) halfYear?: string;
}

/** Employers (register) and attestations (halvårsintyg). */
@Resolver()
export class EmployerResolver {
  @Query(() => [EmployerType])
  allEmployers(
    @Args() args: ListArgs,
    @Arg('filter', () => EmployerFilter, { nullable: true }) filter: EmployerFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<EmployerType[]> {
    return employerService.list(ctx, pagingOf(args, 'Employer'), filter);
  }
  @Query(() => ListMetadata)
  async _allEmployersMeta(
    @Args() _args: ListArgs,
    @Arg('filter', () => EmployerFilter, { nullable: true }) filter: EmployerFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ListMetadata> {
    return { count: await employerService.count(ctx, filter) };
  }
  @Query(() => EmployerType, { nullable: true })
  Employer(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<EmployerType | null> {
    return employerService.get(ctx, id);
  }
  @Mutation(() => EmployerType)
  createEmployer(
    @Arg('name', () => String) name: string,
    @Arg('organisationNumber', () => String, { nullable: true })
    organisationNumber: string | undefined,
    @Arg('municipalityId', () => ID, { nullable: true }) municipalityId: string | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<EmployerType> {
    return employerService.create(ctx, { name, organisationNumber, municipalityId });
  }
  @Mutation(() => EmployerType)
  updateEmployer(
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String, { nullable: true }) name: string | undefined,
    @Arg('organisationNumber', () => String, { nullable: true })
    organisationNumber: string | null | undefined,
    @Arg('municipalityId', () => ID, { nullable: true }) municipalityId: string | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<EmployerType> {
    return employerService.update(ctx, id, { name, organisationNumber, municipalityId });
  }
  @Mutation(() => EmployerType, { description: 'Refused with CONFLICT while placements exist.' })
  deleteEmployer(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<EmployerType> {
    return employerService.delete(ctx, id);
  }

  @Query(() => [AttestationType])
  allAttestations(
    @Args() args: ListArgs,
    @Arg('filter', () => AttestationFilter, { nullable: true })
    filter: AttestationFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<AttestationType[]> {
    return attestationService.list(ctx, pagingOf(args, 'Attestation'), filter);
  }
  @Query(() => ListMetadata)
  async _allAttestationsMeta(
    @Args() _args: ListArgs,
    @Arg('filter', () => AttestationFilter, { nullable: true })
    filter: AttestationFilter | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<ListMetadata> {
    return { count: await attestationService.count(ctx, filter) };
  }
  @Query(() => AttestationType, { nullable: true })
  Attestation(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AttestationType | null> {
    return attestationService.get(ctx, id);
  }
  @Mutation(() => AttestationType, { description: 'Municipal chief, own municipality only.' })
  signAttestation(
    @Arg('municipalityId', () => ID) municipalityId: string,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('halfYear', () => String) halfYear: string,
    @Arg('statement', () => String) statement: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AttestationType> {
    return attestationService.sign(ctx, { municipalityId, projectId, halfYear, statement });
  }
}
