import type { Uuid } from '@finsam-se/domain';
import { attestations, employers } from '@finsam-se/persistence';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import {
  attestationFilters,
  attestationService,
  attestationTypes,
} from '../attestation/attestation.service.js';
import { employerService } from './employer.service.js';
import { AttestationType } from '../attestation/attestation.type.js';
import { EmployerType } from './employer.type.js';
import { defineResource } from '../schema/define-resource.js';
import { ownMunicipalityScope } from '../shared/municipality-scope.js';
import { UuidScalar } from '../schema/scalars.js';

/** The employer register as react-admin reads it (define-resource.ts). */
export const employerResource = defineResource({
  name: 'Employer',
  plural: 'Employers',
  type: EmployerType,
  filters: { ids: 'ids', q: 'text', municipalityId: 'id' },
  repository: employers,
  action: 'employer.read',
  toType: EmployerType.from,
  writes: {
    createEmployer: 'employer.write',
    updateEmployer: 'employer.write',
    deleteEmployer: 'employer.write',
  },
});

/** Halvårsintyg, each municipality's own for its chief and coaches. */
export const attestationResource = defineResource({
  name: 'Attestation',
  plural: 'Attestations',
  type: AttestationType,
  filters: attestationFilters,
  repository: attestations,
  action: 'attestation.read',
  scope: ownMunicipalityScope,
  toTypes: attestationTypes,
  writes: { signAttestation: 'attestation.sign' },
});

/** The writes on employers (register) and attestations (halvårsintyg). */
@Resolver()
export class EmployerResolver {
  @Mutation(() => EmployerType)
  createEmployer(
    @Arg('name', () => String) name: string,
    @Arg('organisationNumber', () => String, { nullable: true })
    organisationNumber: string | undefined,
    @Arg('municipalityId', () => UuidScalar, { nullable: true }) municipalityId: Uuid | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<EmployerType> {
    return employerService.create(ctx, { name, organisationNumber, municipalityId });
  }
  @Mutation(() => EmployerType)
  updateEmployer(
    @Arg('id', () => UuidScalar) id: Uuid,
    @Arg('name', () => String, { nullable: true }) name: string | undefined,
    @Arg('organisationNumber', () => String, { nullable: true })
    organisationNumber: string | null | undefined,
    @Arg('municipalityId', () => UuidScalar, { nullable: true })
    municipalityId: Uuid | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<EmployerType> {
    return employerService.update(ctx, id, { name, organisationNumber, municipalityId });
  }
  @Mutation(() => EmployerType, { description: 'Refused with CONFLICT while placements exist.' })
  deleteEmployer(
    @Arg('id', () => UuidScalar) id: Uuid,
    @Ctx() ctx: RequestContext,
  ): Promise<EmployerType> {
    return employerService.delete(ctx, id);
  }

  @Mutation(() => AttestationType, { description: 'Municipal chief, own municipality only.' })
  signAttestation(
    @Arg('municipalityId', () => UuidScalar) municipalityId: Uuid,
    @Arg('projectId', () => UuidScalar) projectId: Uuid,
    @Arg('halfYear', () => String) halfYear: string,
    @Arg('statement', () => String) statement: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AttestationType> {
    return attestationService.sign(ctx, { municipalityId, projectId, halfYear, statement });
  }
}
