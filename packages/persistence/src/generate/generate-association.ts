import { LocalDate, Period, testPersonnummer } from '@finsam-se/domain';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import type { AssociationSpec, ProjectSpec } from './association-spec.js';
import { employerNames, femaleNames, maleNames, surnames } from './names.js';
import { splitIntoPosts } from '../organisation/split-into-posts.js';
import { type Rng, createRng, uuidFrom } from './prng.js';
import type { RowSink } from './row-sink.js';
import { demoMonthlySalaryOre, demoOnCostPercent } from './salary-schedule.js';
import { simulateParticipant } from './simulate-participant.js';
import type { StaffContext } from './staff-context.js';

type MunicipalityRow = { id: string; code: string; name: string; weight: number };

/** Splits a total of hundredths over weights in steps of 50 (largest remainder, ≥ 50 each). */
function initialFte(totalHundredths: number, weights: readonly number[]): number[] {
  const steps = totalHundredths / 50;
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (w / sum) * steps);
  const result = quotas.map((q) => Math.max(1, Math.floor(q)));
  let left = steps - result.reduce((a, b) => a + b, 0);
  const order = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left -= 1) {
    const index = order[k]?.i ?? 0;
    result[index] = (result[index] ?? 0) + 1;
  }
  while (left < 0) {
    const largest = result.indexOf(Math.max(...result));
    result[largest] = (result[largest] ?? 0) - 1;
    left += 1;
  }
  return result.map((s) => s * 50);
}

/**
 * Writes one association: its municipalities, projects with budgets, goals and posts,
 * coaches and staff, and a stream of participants month by month until `dataUntil`.
 * Deterministic for a seed; memory stays bounded because the sink flushes as it fills.
 */
export async function generateAssociation(
  spec: AssociationSpec,
  sink: RowSink,
  pii: PiiCipher,
  onProgress?: (participants: number) => void,
): Promise<{ participants: number }> {
  const rng = createRng(spec.seed);
  const a = spec.id;
  sink.add('associations', [a, spec.name, spec.organisationNumber]);
  const municipalities: MunicipalityRow[] = spec.municipalities.map((m) => ({
    ...m,
    id: uuidFrom(rng),
  }));
  for (const m of municipalities) sink.add('municipalities', [a, m.id, m.code, m.name]);

  const firstYear = Number(spec.projects[0]?.startsOn.slice(0, 4) ?? spec.dataUntil.slice(0, 4));
  const lastYear = Number(spec.dataUntil.slice(0, 4)) + 1;
  for (let year = firstYear; year <= lastYear; year += 1) {
    sink.add('salary_settings', [a, year, demoOnCostPercent(year), demoMonthlySalaryOre(year)]);
  }

  // Staff: a manager, a chief per municipality, coaches by FTE; demo users on top.
  const managerId = uuidFrom(rng);
  const chiefs = new Map<string, string>();
  const firstProject = spec.projects[0];
  const startFteOf = (project: ProjectSpec): number[] =>
    project.initialFteByCode
      ? municipalities.map((m) => project.initialFteByCode?.[m.code] ?? 0)
      : initialFte(
          project.totalFte * 100,
          municipalities.map((m) => m.weight),
        );
  // Coaches are employed by their municipality for the project that funds them (a fixed-term
  // post on project money), at the salary of the year the project starts; a continuation
  // hires for its own posts at that year's salary, so each project's years cost what its
  // budget says (see salary-schedule.ts). Each contract is its own coach record.
  const coachesByProject: Map<string, string[]>[] = [];
  spec.projects.forEach((project, projectIndex) => {
    const byMunicipality = new Map<string, string[]>();
    const startFte = startFteOf(project);
    const salary = demoMonthlySalaryOre(Number(project.startsOn.slice(0, 4)));
    municipalities.forEach((m, index) => {
      // A municipality a project funds no post in has no coach of its own there (its
      // participants are coached from elsewhere in the project).
      if (project.initialFteByCode && (startFte[index] ?? 0) === 0) return;
      const fte = Math.max(100, startFte[index] ?? 0);
      const count = Math.min(4, Math.max(1, Math.ceil(fte / 100)));
      const ids: string[] = [];
      for (let c = 0; c < count; c += 1) {
        const id = uuidFrom(rng);
        ids.push(id);
        const female = rng.chance(0.6);
        const name = `${rng.pick(female ? femaleNames : maleNames)} ${rng.pick(surnames)}`;
        sink.add('coaches', [
          a,
          id,
          name,
          m.id,
          Math.min(100, Math.round(fte / count)),
          project.startsOn,
          project.endsOn,
          salary,
        ]);
      }
      byMunicipality.set(m.id, ids);
    });
    coachesByProject[projectIndex] = byMunicipality;
  });
  // The demo coach account belongs to the contract running on the data's last day.
  const currentIndex = Math.max(
    0,
    spec.projects.findLastIndex((project) => project.startsOn < spec.dataUntil),
  );
  const coachesByMunicipality = coachesByProject[currentIndex] ?? new Map<string, string[]>();

  const demoIds = new Map<string, string>();
  const usersWritten = new Set<string>();
  const addUser = (
    id: string,
    email: string,
    name: string,
    role: string,
    municipalityId: string | null,
    coachId: string | null,
    organisation: string | null,
    hash: string,
  ) => {
    if (usersWritten.has(email)) return;
    usersWritten.add(email);
    sink.add('users', [a, id, email, name, role, municipalityId, coachId, organisation, hash]);
  };
  for (const demo of spec.demoUsers ?? []) {
    const municipality = municipalities.find((m) => m.code === demo.municipalityCode) ?? null;
    const id = uuidFrom(rng);
    demoIds.set(demo.role, id);
    const coachId =
      demo.role === 'coach' && municipality
        ? (coachesByMunicipality.get(municipality.id)?.[0] ?? null)
        : null;
    if (demo.role === 'municipal_chief' && municipality) chiefs.set(municipality.id, id);
    addUser(
      id,
      demo.email,
      demo.name,
      demo.role,
      municipality?.id ?? null,
      coachId,
      demo.organisation ?? null,
      demo.passwordHash,
    );
  }
  const manager = demoIds.get('manager') ?? managerId;
  if (!demoIds.has('manager')) {
    addUser(
      managerId,
      `forbundschef@${spec.emailDomain}`,
      'Förbundschef',
      'manager',
      null,
      null,
      null,
      '!',
    );
  }
  for (const m of municipalities) {
    if (chiefs.has(m.id)) continue;
    const id = uuidFrom(rng);
    chiefs.set(m.id, id);
    addUser(
      id,
      `chef.${m.code}@${spec.emailDomain}`,
      `Chef ${m.name}`,
      'municipal_chief',
      m.id,
      null,
      null,
      '!',
    );
  }
  const referrer = demoIds.get('referrer') ?? null;

  // Projects, budgets, goals, posts and reallocations.
  const projects: {
    id: string;
    period: Period;
    spec: ProjectSpec;
    coaches: ReadonlyMap<string, readonly string[]>;
  }[] = [];
  for (const project of spec.projects) {
    const id = uuidFrom(rng);
    const period = Period.of(LocalDate.from(project.startsOn), LocalDate.from(project.endsOn));
    projects.push({
      id,
      period,
      spec: project,
      coaches: coachesByProject[projects.length] ?? new Map(),
    });
    sink.add('projects', [
      a,
      id,
      project.name,
      project.startsOn,
      project.endsOn,
      project.targetGroup,
      1 + project.reallocations.length,
    ]);
    for (
      let year = Number(project.startsOn.slice(0, 4));
      year < Number(project.endsOn.slice(0, 4)) + (project.endsOn.endsWith('-01-01') ? 0 : 1);
      year += 1
    ) {
      sink.add('project_budgets', [
        a,
        id,
        year,
        project.budgetByYearOre?.[year] ?? project.budgetPerYearOre,
      ]);
    }
    // Each project carries the goals its own description states, and no other.
    for (const goal of project.goals) {
      sink.add('goals', [
        a,
        uuidFrom(rng),
        id,
        goal.metric,
        goal.targetBasisPoints,
        project.startsOn,
        project.endsOn,
        goal.description,
      ]);
    }

    const projectStart = startFteOf(project);
    const fte = new Map(municipalities.map((m, index) => [m.id, projectStart[index] ?? 100]));
    const openSince = new Map(
      municipalities.map((m) => [m.id, { from: project.startsOn, by: null as string | null }]),
    );
    let version = 1;
    const close = (municipalityId: string, until: string) => {
      const open = openSince.get(municipalityId) ?? { from: project.startsOn, by: null };
      splitIntoPosts(fte.get(municipalityId) ?? 0).forEach((share, index) =>
        sink.add('posts', [
          a,
          uuidFrom(rng),
          id,
          municipalityId,
          index + 1,
          share,
          `[${open.from},${until})`,
          open.by,
        ]),
      );
    };
    for (const change of project.reallocations) {
      const fromM = municipalities.find((m) => m.code === change.fromCode);
      const toM = municipalities.find((m) => m.code === change.toCode);
      if (!fromM || !toM) throw new RangeError('reallocation names an unknown municipality');
      const reallocationId = uuidFrom(rng);
      const decidedOn = LocalDate.addDays(LocalDate.from(change.effectiveFrom), -20);
      sink.add('reallocations', [
        a,
        reallocationId,
        id,
        change.effectiveFrom,
        change.reason,
        'webster',
        manager,
        `${decidedOn}T14:00:00Z`,
        version,
        `seed-${reallocationId}`,
      ]);
      for (const [m, delta] of [
        [fromM, -change.hundredths],
        [toM, change.hundredths],
      ] as const) {
        const before = fte.get(m.id) ?? 0;
        close(m.id, change.effectiveFrom);
        fte.set(m.id, before + delta);
        openSince.set(m.id, { from: change.effectiveFrom, by: reallocationId });
        sink.add('reallocation_lines', [a, reallocationId, m.id, before, before + delta]);
      }
      version += 1;
    }
    for (const m of municipalities) close(m.id, project.endsOn);
  }

  // Employers and SE-group meetings.
  const employers = employerNames.slice(0, 8 + rng.int(0, 8)).map((name) => {
    const id = uuidFrom(rng);
    const municipality = rng.pick(municipalities);
    sink.add('employers', [
      a,
      id,
      `${name}${municipalities.length > 6 ? ` ${municipality.name}` : ''}`,
      null,
      municipality.id,
    ]);
    return id;
  });
  const meetings = new Map<string, string>();
  const meetingFor = (municipalityId: string, heldOn: string): string => {
    const key = `${municipalityId}|${heldOn}`;
    let id = meetings.get(key);
    if (!id) {
      id = uuidFrom(rng);
      meetings.set(key, id);
      sink.add('se_group_meetings', [
        a,
        id,
        municipalityId,
        heldOn,
        'Genomgång av nya remisser, inskrivna och avslut.',
      ]);
    }
    return id;
  };

  const staff: StaffContext = {
    associationId: a,
    municipalities,
    chiefs,
    manager,
    referrer,
    decider: demoIds.get('coach') ?? manager,
    employers,
    projects,
    meetingFor,
    dataUntil: LocalDate.from(spec.dataUntil),
  };

  const usedNumbers = new Set<string>();
  const personnummerFor = (r: Rng, birthDate: LocalDate, gender: 'female' | 'male'): string => {
    for (let variant = r.int(0, 9), tries = 0; tries < 40; tries += 1, variant += 1) {
      const date = tries < 10 ? birthDate : LocalDate.addDays(birthDate, tries);
      const number = testPersonnummer(date, gender, variant);
      if (!usedNumbers.has(number)) {
        usedNumbers.add(number);
        return number;
      }
    }
    throw new RangeError('could not find a free test personnummer');
  };

  let count = 0;
  const start = LocalDate.from(firstProject?.startsOn ?? spec.dataUntil);
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

  // Half-year attestations signed by each municipal chief for every ended half-year.
  for (const project of projects) {
    for (let h = project.period.start; h < project.period.end; h = LocalDate.addMonths(h, 6)) {
      const end = LocalDate.addMonths(h, 6);
      if (end > staff.dataUntil) break;
      for (const m of municipalities) {
        const signedOn = LocalDate.addDays(end, rng.int(3, 25));
        if (rng.chance(0.1) || signedOn >= staff.dataUntil) continue;
        sink.add('attestations', [
          a,
          uuidFrom(rng),
          m.id,
          project.id,
          Period.halfYearOf(h),
          chiefs.get(m.id) ?? manager,
          signedOn,
          'Arbetet har bedrivits enligt projektbeskrivningen och är ett komplement till ordinarie verksamhet.',
        ]);
      }
    }
  }
  await sink.flush();
  return { participants: count };
}
