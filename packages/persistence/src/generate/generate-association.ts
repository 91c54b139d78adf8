import { LocalDate } from '@finsam-se/domain';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import type { AssociationSpec } from './association-spec.js';
import { personnummerPool } from './personnummer-pool.js';
import { type Rng, createRng, uuidFrom } from './prng.js';
import type { RowSink } from './row-sink.js';
import { simulateParticipant } from './simulate-participant.js';
import type { StaffContext } from './staff-context.js';
import { writeAttestations } from './write-attestations.js';
import { meetingWriter, writeEmployers } from './write-employers.js';
import { writeProjects } from './write-projects.js';
import { type MunicipalityRow, writeCoaches, writeSalarySettings } from './write-staff.js';
import { writeUsers } from './write-users.js';

/**
 * Writes one association: its municipalities, projects with budgets, goals and posts,
 * coaches and staff, and a stream of participants month by month until `dataUntil`.
 * Deterministic for a seed; memory stays bounded because the sink flushes as it fills.
 * One step per table, in the order the random stream is drawn (the pinned fingerprint in
 * generate-association.test.ts fails when a step draws in another order).
 */
export async function generateAssociation(
  spec: AssociationSpec,
  sink: RowSink,
  pii: PiiCipher,
  onProgress?: (participants: number) => void,
): Promise<{ participants: number }> {
  const rng = createRng(spec.seed);
  const staff = writeOrganisation(rng, sink, spec);
  const personnummerFor = personnummerPool();
  let count = 0;
  const start = LocalDate.from(spec.projects[0]?.startsOn ?? spec.dataUntil);
  const perMonth = spec.participantsPerYear / 12;
  for (let month = start; month < staff.dataUntil; month = LocalDate.addMonths(month, 1)) {
    const arrivals = Math.floor(perMonth) + (rng.chance(perMonth - Math.floor(perMonth)) ? 1 : 0);
    for (let i = 0; i < arrivals; i += 1) {
      simulateParticipant(rng, staff, month, sink, pii, personnummerFor);
      count += 1;
    }
    await sink.flushIfFull();
    onProgress?.(count);
  }
  writeAttestations(rng, staff, sink);
  await sink.flush();
  return { participants: count };
}

/**
 * Steps `associations` and `municipalities`, then staff, projects and employers: everything
 * a participant's path meets.
 */
function writeOrganisation(rng: Rng, sink: RowSink, spec: AssociationSpec): StaffContext {
  const a = spec.id;
  sink.add('associations', {
    id: a,
    name: spec.name,
    organisation_number: spec.organisationNumber,
  });
  const municipalities: MunicipalityRow[] = spec.municipalities.map((m) => ({
    ...m,
    id: uuidFrom(rng),
  }));
  for (const m of municipalities)
    sink.add('municipalities', { association_id: a, id: m.id, code: m.code, name: m.name });
  writeSalarySettings(sink, spec);
  // Staff: a manager, a chief per municipality, coaches by FTE; demo users on top.
  const managerId = uuidFrom(rng);
  const coachesByProject = writeCoaches(rng, sink, spec, municipalities);
  // The demo coach account belongs to the contract running on the data's last day.
  const currentIndex = Math.max(
    0,
    spec.projects.findLastIndex((project) => project.startsOn < spec.dataUntil),
  );
  const users = writeUsers(rng, sink, spec, {
    managerId,
    municipalities,
    currentCoaches: coachesByProject[currentIndex] ?? new Map<string, string[]>(),
  });
  const projects = writeProjects(rng, sink, spec, {
    municipalities,
    coachesByProject,
    manager: users.manager,
  });
  const employers = writeEmployers(rng, sink, a, municipalities);
  return {
    associationId: a,
    municipalities,
    ...users,
    employers,
    projects,
    meetingFor: meetingWriter(rng, sink, a),
    dataUntil: LocalDate.from(spec.dataUntil),
  };
}
