import {
  givenAssociation,
  givenCoach,
  givenEnrollment,
  givenMeeting,
  givenMunicipality,
  givenParticipant,
  givenProject,
  givenReferral,
  type World,
} from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, type SignedIn, givenCast, givenSignedIn } from './support/builders.js';
import { type ExportedRow, exportedRows, workbookOf } from './support/exported-sheets.js';
import { type Harness, startHarness } from './support/gateway-harness.js';
import { importClient } from './support/import-client.js';

// Round trip of the referral and placement registers: association A's lists downloaded with
// the panel's Excel exports (/export/list/…) and imported, register by register, into an empty
// association B with the same organisation. The referral and placement sheets keep the
// exports' own headers (the import suggests its mapping from them); only what the exports
// name by id is replaced with what B can look up: the person's personnummer (from the
// participant list), the municipality's, project's and employer's names.
let h: Harness;
let a: Cast;
let b: { world: World; manager: SignedIn };
let projectName: string;

/** A decision through the panel's own mutations; an acceptance enrols with the Nässjö coach. */
async function decide(
  client: SignedIn['client'],
  referral: { id: string; version: number },
  action: string,
  decidedOn: string,
  meetingId: string | null,
): Promise<{ id: string; version: number; enrollmentId: string | null }> {
  const accept = action === 'ACCEPT';
  const { body } = await client.gql<{
    decided: { id: string; version: number; enrollmentId: string | null };
  }>(
    accept
      ? `mutation ($id: UUID!, $version: Int!, $decidedOn: LocalDate!, $coachId: UUID!, $meetingId: UUID) {
           decided: acceptReferral(id: $id, version: $version, decidedOn: $decidedOn, enrolledOn: $decidedOn, meetingId: $meetingId,
             coachId: $coachId, compensationAtStart: ["sickness_compensation"]) { id version enrollmentId }
         }`
      : `mutation ($id: UUID!, $version: Int!, $action: ReferralAction!, $decidedOn: LocalDate!, $meetingId: UUID) {
           decided: decideReferral(id: $id, version: $version, action: $action, decidedOn: $decidedOn, meetingId: $meetingId) { id version enrollmentId }
         }`,
    { ...referral, decidedOn, meetingId, ...(accept ? { coachId: a.coach.coach.id } : { action }) },
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.decided;
}

async function manage<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const { body } = await a.manager.client.gql<T>(query, variables);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

beforeAll(async () => {
  h = await startHarness({ data: 'built' });
  a = await givenCast(h);
  projectName =
    (
      await a.world.asTenant((tx) =>
        tx.query<{ name: string }>(`SELECT name FROM projects WHERE id = $1`, [a.project.id]),
      )
    )[0]?.name ?? '';
  const builder = await manage<{ createEmployer: { id: string } }>(
    `mutation { createEmployer(name: "Nässjö Bygg AB", organisationNumber: "556016-0680") { id } }`,
    {},
  );
  const cafe = await manage<{ createEmployer: { id: string } }>(
    `mutation { createEmployer(name: "Café Eksjö") { id } }`,
    {},
  );
  const employers = [builder.createEmployer.id, cafe.createEmployer.id, null];
  const kinds = ['WORK_TRIAL', 'EMPLOYMENT', 'STUDIES', 'JOB_TASTING', 'SUBSIDISED_EMPLOYMENT'];
  // Who decides what, and on which day: the SE group's decisions as the manager takes them,
  // and one escalation the Nässjö chief decides (its first decision is the one measured).
  const decisions: (readonly [string, string][] | null)[] = [
    null,
    [['ACCEPT', '2025-02-20']],
    [['NOT_NOW', '2025-03-10']],
    [['DECLINE', '2025-04-22']],
    [['ESCALATE', '2025-05-20']],
    [
      ['ESCALATE', '2025-02-11'],
      ['ACCEPT', '2025-03-01'],
    ],
    [['ACCEPT', '2025-06-30']],
    null,
  ];
  const organisations = ['FK', 'AF', 'REGION', 'MUNICIPALITY'] as const;
  for (let i = 0; i < 8; i += 1) {
    const municipalityId = i % 3 ? a.nassjo.id : a.eksjo.id;
    const person = await givenParticipant(a.world, { homeMunicipalityId: municipalityId });
    // Accepted referrals go to Nässjö, whose coach enrols them.
    const referralMunicipality = decisions[i]?.some(([action]) => action === 'ACCEPT')
      ? a.nassjo.id
      : municipalityId;
    const referral = await givenReferral(a.world, {
      participantId: person.id,
      municipalityId: referralMunicipality,
      projectId: a.project.id,
      referrerOrganisation: organisations[i % 4],
      receivedOn: `2025-0${1 + (i % 5)}-0${1 + i}`,
    });
    let decided: { id: string; version: number; enrollmentId: string | null } = {
      ...referral,
      enrollmentId: null,
    };
    for (const [step, [action, day]] of (decisions[i] ?? []).entries())
      decided = await decide(
        step === 0 ? a.manager.client : a.chief.client,
        { id: decided.id, version: decided.version },
        action,
        day,
        // The SE group decides at its meeting; after escalation the chief decides without one.
        step === 0
          ? (await givenMeeting(a.world, { municipalityId: referralMunicipality, heldOn: day })).id
          : null,
      );
    if (i >= 6) continue; // an accepted referral enrolled one of these; the last waits
    const enrollmentId =
      decided.enrollmentId ??
      (
        await givenEnrollment(a.world, {
          participantId: person.id,
          coachId: a.coach.coach.id,
          projectId: a.project.id,
          enrolledOn: `2025-0${1 + (i % 5)}-15`,
        })
      ).id;
    if (i >= 5) continue;
    await manage(
      `mutation ($enrollmentId: UUID!, $employerId: UUID, $kind: PlacementKind!, $startedOn: LocalDate!, $endedOn: LocalDate, $hoursPerWeek: Float) {
         createPlacement(enrollmentId: $enrollmentId, employerId: $employerId, kind: $kind, startedOn: $startedOn, endedOn: $endedOn, hoursPerWeek: $hoursPerWeek) { id }
       }`,
      {
        enrollmentId,
        employerId: kinds[i] === 'STUDIES' ? null : employers[i % 2],
        kind: kinds[i],
        startedOn: `2025-0${6 + (i % 3)}-01`,
        endedOn: i % 2 ? null : '2025-11-30',
        hoursPerWeek: i % 2 ? 37.5 : 20,
      },
    );
  }

  const world = await givenAssociation(h.db);
  const nassjo = await givenMunicipality(world, { code: '0682', name: 'Nässjö' });
  await givenMunicipality(world, { code: '0686', name: 'Eksjö' });
  await givenProject(world, {
    name: projectName,
    startsOn: a.project.startsOn,
    endsOn: a.project.endsOn,
  });
  await givenCoach(world, { municipalityId: nassjo.id, name: 'Jobbcoach Nässjö' });
  b = { world, manager: await givenSignedIn(h, world, 'manager') };
}, 300_000);
afterAll(async () => h.close());

/** The referrals report's figures, without the row keys (B's municipalities have other ids). */
async function referralFigures(client: SignedIn['client']) {
  const { body } = await client.gql<{
    report: { rows: { label: string; cells: unknown[] }[]; columns: unknown[] };
  }>(
    `query ($filter: ReportFilter!) {
       report: referralStats(filter: $filter) {
         columns { key label }
         rows { label cells { column count share value suppressed } }
       }
     }`,
    { filter: { from: '2025-01-01', to: '2025-12-31' } },
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  // Municipalities of a month come in the order of their ids, which differ between A and B.
  const { columns, rows } = body.data.report;
  return { columns, rows: [...rows].sort((x, y) => x.label.localeCompare(y.label, 'sv')) };
}

/** The association's placements as comparable lines: the person, the employer, the placement. */
async function placementLines(world: World): Promise<string[]> {
  const rows = await world.asTenant((tx) =>
    tx.query<{ line: string }>(
      `SELECT concat_ws('|', p.first_name, p.last_name, e.enrolled_on, pl.kind, pl.started_on, pl.ended_on,
                pl.hours_per_week, em.name, em.organisation_number) AS line
       FROM placements pl JOIN enrollments e ON e.id = pl.enrollment_id
       JOIN participants p ON p.id = e.participant_id LEFT JOIN employers em ON em.id = pl.employer_id`,
    ),
  );
  return rows.map((r) => r.line).sort();
}

/** The row with the id columns named replaced by the columns `replace` gives for each. */
function joined(
  row: ExportedRow,
  replace: Record<string, (id: string) => ExportedRow>,
): ExportedRow {
  return Object.fromEntries(
    Object.entries(row).flatMap(([header, value]) => {
      const by = replace[header];
      return by ? Object.entries(by(String(value ?? ''))) : [[header, value]];
    }),
  );
}

describe('export → import round trip of referrals and placements', () => {
  it('imports A’s exported referrals and placements into an empty association: the same referral figures and placements', async () => {
    const token = a.manager.client.token;
    const [people, enrollments, referrals, placements, employers, municipalities] =
      await Promise.all(
        ['Participant', 'Enrollment', 'Referral', 'Placement', 'Employer', 'Municipality'].map(
          (list) => exportedRows(h, `/export/list/${list}.xlsx`, token),
        ),
      );
    expect(referrals).toHaveLength(8);
    expect(placements).toHaveLength(5);
    const byId = (rows: readonly ExportedRow[] = []) =>
      new Map(rows.map((row) => [String(row.Id), row]));
    const person = byId(people);
    const enrollment = byId(enrollments);
    const employer = byId(employers);
    const municipality = byId(municipalities);
    const personnummer = (id: string) => ({ Personnummer: person.get(id)?.Personnummer ?? null });
    const project = () => ({ Projekt: projectName });

    const participantSheet = (enrollments ?? []).map((e) => {
      const who = person.get(String(e['Deltagare (id)']));
      return {
        Personnummer: who?.Personnummer ?? null,
        Förnamn: who?.['Förnamn'] ?? null,
        Efternamn: who?.Efternamn ?? null,
        Kön: who?.['Kön'] ?? null,
        Hemkommun: municipality.get(String(who?.['Hemkommun (id)']))?.Namn ?? null,
        Projekt: projectName,
        Coach: 'Jobbcoach Nässjö',
        Inskriven: e.Inskriven,
        'Ersättning vid start': e['Ersättning vid start'],
      };
    });
    const unenrolled = (people ?? [])
      .filter((p) => !(enrollments ?? []).some((e) => e['Deltagare (id)'] === p.Id))
      .map((p) => ({
        Personnummer: p.Personnummer,
        Förnamn: p['Förnamn'],
        Efternamn: p.Efternamn,
        Kön: p['Kön'],
        Hemkommun: municipality.get(String(p['Hemkommun (id)']))?.Namn ?? null,
      }));
    const referralSheet = (referrals ?? []).map((r) =>
      joined(r, {
        'Deltagare (id)': personnummer,
        'Kommun (id)': (id) => ({ Kommun: municipality.get(id)?.Namn ?? null }),
        'Projekt (id)': project,
      }),
    );
    const placementSheet = (placements ?? []).map((p) =>
      joined(p, {
        'Inskrivning (id)': (id) => ({
          ...personnummer(String(enrollment.get(id)?.['Deltagare (id)'])),
          ...project(),
        }),
        'Arbetsgivare (id)': (id) => ({
          Arbetsgivare: employer.get(id)?.Namn ?? null,
          Organisationsnummer: employer.get(id)?.Organisationsnummer ?? null,
        }),
      }),
    );

    const client = importClient(h);
    const manager = b.manager.client.token;
    const files = [
      ['participants', await workbookOf([...participantSheet, ...unenrolled]), 8],
      ['referrals', await workbookOf(referralSheet), 8],
      ['placements', await workbookOf(placementSheet), 5],
    ] as const;
    for (const [register, file, total] of files) {
      const params = { fileName: `${register}.xlsx`, register };
      const dry = await client.send('/import/preview', manager, file, params);
      expect(dry.body, register).toMatchObject({ total, valid: total, errorCount: 0 });
      const run = await client.imported(manager, file, params);
      expect(run.status, register).toBe('done');
    }

    expect(await referralFigures(b.manager.client)).toEqual(
      await referralFigures(a.manager.client),
    );
    expect(await placementLines(b.world)).toEqual(await placementLines(a.world));
    const meta = `query { r: _allReferralsMeta { count } p: _allPlacementsMeta { count } e: _allEmployersMeta { count } }`;
    expect((await b.manager.client.gql(meta)).body.data).toEqual(
      (await a.manager.client.gql(meta)).body.data,
    );
  });
});
