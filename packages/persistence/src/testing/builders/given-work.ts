import { LocalDate, type ReferrerOrganisation } from '@finsam-se/domain';
import { enrollmentWrites, meetingWrites, referralWrites } from '../../index.js';
import type { World } from './world.js';

export type GivenEnrollment = {
  readonly id: string;
  readonly participantId: string;
  readonly coachId: string;
  readonly municipalityId: string;
  readonly projectId: string;
  readonly enrolledOn: string;
};

/**
 * An open enrollment (in its first phase, the agreement) of a participant with a coach,
 * in the coach's municipality; on 2026-01-10 on activity compensation unless told.
 */
export async function givenEnrollment(
  world: World,
  values: {
    participantId: string;
    coachId: string;
    projectId: string;
    enrolledOn?: string;
    compensationAtStart?: readonly string[];
    referralId?: string | null;
  },
): Promise<GivenEnrollment> {
  const enrolledOn = values.enrolledOn ?? '2026-01-10';
  const { id, municipalityId } = await world.asTenant(async (tx) => {
    const [coach] = await tx.query<{ municipality_id: string }>(
      'SELECT municipality_id FROM coaches WHERE association_id = $1 AND id = $2',
      [tx.associationId, values.coachId],
    );
    if (!coach) throw new Error(`No coach ${values.coachId} in this world`);
    const created = await enrollmentWrites.createEnrollment(tx, {
      participantId: values.participantId,
      coachId: values.coachId,
      municipalityId: coach.municipality_id,
      projectId: values.projectId,
      referralId: values.referralId ?? null,
      enrolledOn: LocalDate.from(enrolledOn),
      compensationAtStart: values.compensationAtStart ?? ['activity_compensation'],
    });
    return { id: created, municipalityId: coach.municipality_id };
  });
  return {
    id,
    participantId: values.participantId,
    coachId: values.coachId,
    municipalityId,
    projectId: values.projectId,
    enrolledOn,
  };
}

export type GivenReferral = { readonly id: string; readonly version: number };

/** A referral received (not yet decided), from Försäkringskassan on 2026-10-01 unless told. */
export async function givenReferral(
  world: World,
  values: {
    participantId: string;
    municipalityId: string;
    projectId: string;
    referredBy?: string | null;
    referrerOrganisation?: ReferrerOrganisation;
    receivedOn?: string;
  },
): Promise<GivenReferral> {
  const id = await world.asTenant((tx) =>
    referralWrites.createReferral(tx, {
      participantId: values.participantId,
      municipalityId: values.municipalityId,
      projectId: values.projectId,
      referredBy: values.referredBy ?? null,
      referrerOrganisation: values.referrerOrganisation ?? 'FK',
      receivedOn: LocalDate.from(values.receivedOn ?? '2026-10-01'),
    }),
  );
  return { id, version: 1 };
}

/** An SE-group meeting in `municipalityId`, on 2026-10-08 unless told. */
export async function givenMeeting(
  world: World,
  values: { municipalityId: string; heldOn?: string; notes?: string },
): Promise<{ readonly id: string; readonly heldOn: string }> {
  const heldOn = values.heldOn ?? '2026-10-08';
  const id = await world.asTenant((tx) =>
    meetingWrites.createMeeting(tx, {
      municipalityId: values.municipalityId,
      heldOn: LocalDate.from(heldOn),
      notes: values.notes ?? '',
    }),
  );
  return { id, heldOn };
}
