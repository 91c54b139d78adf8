import { attestationHalfYears, type LocalDate } from '@finsam-se/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockholmDateOf } from '../src/clock/today.js';
import { codesOf, type Harness, startHarness } from './support/gateway-harness.js';

let h: Harness;
let nassjo = '';
let eksjo = '';
beforeAll(async () => {
  h = await startHarness();
  const rows = await h.db.database.withOwner((tx) =>
    tx.query<{ code: string; id: string }>(`SELECT code, id FROM municipalities`),
  );
  nassjo = rows.find((r) => r.code === '0682')?.id ?? '';
  eksjo = rows.find((r) => r.code === '0686')?.id ?? '';
});
afterAll(async () => h.close());

describe('employers', () => {
  const LIST = `query L($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: EmployerFilter) {
    items: allEmployers(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { id name organisationNumber municipalityId }
    total: _allEmployersMeta(filter: $filter) { count }
  }`;
  it('CRUD with paging, sorting, q; delete refused while placements exist', async () => {
    const manager = await h.as('manager');
    const page = await manager.gql<{
      items: { id: string; name: string }[];
      total: { count: number };
    }>(LIST, {
      page: 0,
      perPage: 5,
      sortField: 'name',
      sortOrder: 'DESC',
    });
    expect(page.body.errors).toBeUndefined();
    const names = page.body.data?.items.map((e) => e.name) ?? [];
    expect(names.length).toBeGreaterThan(0);
    expect([...names].sort((a, b) => b.localeCompare(a, 'sv'))).toEqual(names);
    const created = await manager.gql<{
      createEmployer: { id: string; organisationNumber: string };
    }>(
      `mutation { createEmployer(name: "Qwerty Verkstad AB", organisationNumber: "556677-1233") { id organisationNumber } }`,
    );
    const id = created.body.data?.createEmployer.id;
    const q = await manager.gql<{ items: { id: string }[] }>(LIST, { filter: { q: 'qwerty' } });
    expect(q.body.data?.items.map((e) => e.id)).toEqual([id]);
    const badOrg = await manager.gql(
      `mutation { createEmployer(name: "X", organisationNumber: "12") { id } }`,
    );
    expect(badOrg.body.errors?.[0]?.extensions?.field).toBe('organisationNumber');
    // The Luhn check digit counts: one digit off is refused with its own code.
    const badCheckDigit = await manager.gql(
      `mutation { createEmployer(name: "Y", organisationNumber: "556677-1234") { id } }`,
    );
    expect(badCheckDigit.body.errors?.[0]?.extensions?.field).toBe('organisationNumber');
    expect(badCheckDigit.body.errors?.[0]?.extensions?.reason).toBe('ORGANISATION_NUMBER.CHECKSUM');
    const updated = await manager.gql<{ updateEmployer: { name: string; municipalityId: string } }>(
      `mutation($id: UUID!, $m: UUID) { updateEmployer(id: $id, name: "Qwerty Snickeri AB", municipalityId: $m) { name municipalityId } }`,
      { id, m: nassjo },
    );
    expect(updated.body.data?.updateEmployer).toEqual({
      name: 'Qwerty Snickeri AB',
      municipalityId: nassjo,
    });
    const one = await manager.gql<{ Employer: { name: string } }>(
      `query($id: UUID!) { Employer(id: $id) { name } }`,
      { id },
    );
    expect(one.body.data?.Employer.name).toBe('Qwerty Snickeri AB');
    const deleted = await manager.gql<{ deleteEmployer: { id: string } }>(
      `mutation($id: UUID!) { deleteEmployer(id: $id) { id } }`,
      { id },
    );
    expect(deleted.body.data?.deleteEmployer.id).toBe(id);
    const gone = await manager.gql<{ Employer: null }>(
      `query($id: UUID!) { Employer(id: $id) { name } }`,
      { id },
    );
    expect(gone.body.data?.Employer).toBeNull();

    const used = await h.db.database.withOwner((tx) =>
      tx.query<{ employer_id: string }>(
        'SELECT employer_id FROM placements WHERE employer_id IS NOT NULL LIMIT 1',
      ),
    );
    const refused = await manager.gql(`mutation($id: UUID!) { deleteEmployer(id: $id) { id } }`, {
      id: used[0]?.employer_id,
    });
    expect(codesOf(refused)).toEqual(['CONFLICT']);
    const still = await h.db.database.withOwner((tx) =>
      tx.query('SELECT 1 FROM employers WHERE id = $1', [used[0]?.employer_id]),
    );
    expect(still).toHaveLength(1);
    const board = await h.as('board');
    expect(codesOf(await board.gql(`mutation { createEmployer(name: "Nej AB") { id } }`))).toEqual([
      'FORBIDDEN',
    ]);
  });
});

describe('attestations', () => {
  const SIGN = `mutation S($m: UUID!, $p: UUID!, $hy: String!, $s: String!) { signAttestation(municipalityId: $m, projectId: $p, halfYear: $hy, statement: $s) { id municipalityId halfYear signedByName signedOn statement } }`;
  it('the municipal chief signs a begun, unsigned half-year of their municipality once', async () => {
    const projects = await h.db.database.withOwner((tx) =>
      tx.query<{ id: string; starts_on: string; ends_on: string }>(
        `SELECT id, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on FROM projects ORDER BY starts_on DESC LIMIT 1`,
      ),
    );
    const project = projects[0];
    if (!project) throw new Error('no project');
    const signed = await h.db.database.withOwner((tx) =>
      tx.query<{ half_year: string }>(
        'SELECT half_year FROM attestations WHERE municipality_id = $1 AND project_id = $2',
        [nassjo, project.id],
      ),
    );
    const today = stockholmDateOf(new Date());
    const due = attestationHalfYears(
      { start: project.starts_on as LocalDate, end: project.ends_on as LocalDate },
      today,
    ).filter((hy) => !signed.some((s) => s.half_year === hy));
    expect(due.length).toBeGreaterThan(0);
    const chief = await h.as('municipal_chief');
    const statement = 'Arbetet följer projektplanen och är ett tillskott.';
    const short = await chief.gql(SIGN, { m: nassjo, p: project.id, hy: due[0], s: 'kort' });
    expect(short.body.errors?.[0]?.extensions?.field).toBe('statement');
    const future = await chief.gql(SIGN, { m: nassjo, p: project.id, hy: '2027H2', s: statement });
    expect(future.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'halfYear',
    });
    const other = await chief.gql(SIGN, { m: eksjo, p: project.id, hy: due[0], s: statement });
    expect(other.body.errors?.[0]?.extensions?.field).toBe('municipalityId');
    const ok = await chief.gql<{
      signAttestation: { halfYear: string; signedByName: string; signedOn: string };
    }>(SIGN, {
      m: nassjo,
      p: project.id,
      hy: due[0],
      s: statement,
    });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data?.signAttestation).toMatchObject({
      halfYear: due[0],
      signedByName: 'Kommunchef Nässjö',
      signedOn: today,
    });
    const twice = await chief.gql(SIGN, { m: nassjo, p: project.id, hy: due[0], s: statement });
    expect(codesOf(twice)).toEqual(['CONFLICT']);
    const manager = await h.as('manager');
    expect(
      codesOf(await manager.gql(SIGN, { m: nassjo, p: project.id, hy: due[0], s: statement })),
    ).toEqual(['FORBIDDEN']);

    const list = await chief.gql<{
      allAttestations: { municipalityId: string; halfYear: string }[];
      _allAttestationsMeta: { count: number };
    }>(
      `{ allAttestations(page: 0, perPage: 100, sortField: "halfYear", sortOrder: "DESC") { municipalityId halfYear signedByName } _allAttestationsMeta { count } }`,
    );
    const items = list.body.data?.allAttestations ?? [];
    expect(items.every((a) => a.municipalityId === nassjo)).toBe(true);
    expect(items.map((a) => a.halfYear)).toContain(due[0]);
    const all = await manager.gql<{ _allAttestationsMeta: { count: number } }>(
      '{ _allAttestationsMeta { count } }',
    );
    expect(all.body.data?._allAttestationsMeta.count).toBeGreaterThanOrEqual(
      list.body.data?._allAttestationsMeta.count ?? 0,
    );
  });
});

describe('users and the audit log', () => {
  const CREATE = `mutation C($email: String!, $name: String!, $role: Role!, $password: String!, $m: UUID, $c: UUID, $o: ReferrerOrganisation) {
    createUser(email: $email, name: $name, role: $role, password: $password, municipalityId: $m, coachId: $c, organisation: $o) { id email name role municipalityId active version }
  }`;
  const UPDATE = `mutation U($id: UUID!, $version: Int!, $name: String, $active: Boolean, $role: Role) {
    updateUser(id: $id, version: $version, name: $name, active: $active, role: $role) { id name role active version }
  }`;
  it('manager creates a user who can log in; deactivation ends the session at once', async () => {
    const manager = await h.as('manager');
    const weak = await manager.gql(CREATE, {
      email: 'ny@demo.hoglandet.se',
      name: 'Ny',
      role: 'STEERING',
      password: 'kort',
    });
    expect(weak.body.errors?.[0]?.extensions?.field).toBe('password');
    const chiefNoMunicipality = await manager.gql(CREATE, {
      email: 'ny@demo.hoglandet.se',
      name: 'Ny',
      role: 'MUNICIPAL_CHIEF',
      password: 'ett-långt-lösenord',
    });
    expect(chiefNoMunicipality.body.errors?.[0]?.extensions?.field).toBe('municipalityId');
    const created = await manager.gql<{
      createUser: { id: string; version: number; role: string };
    }>(CREATE, {
      email: 'Ny.Chef@demo.hoglandet.se',
      name: 'Ny chef',
      role: 'MUNICIPAL_CHIEF',
      password: 'ett-långt-lösenord',
      m: eksjo,
    });
    expect(created.body.errors).toBeUndefined();
    const user = created.body.data?.createUser;
    expect(user?.role).toBe('MUNICIPAL_CHIEF');
    const duplicate = await manager.gql(CREATE, {
      email: 'ny.chef@demo.hoglandet.se',
      name: 'Igen',
      role: 'STEERING',
      password: 'ett-långt-lösenord',
    });
    expect(codesOf(duplicate)).toEqual(['CONFLICT']);

    const login = await h.anonymous.gql<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: 'ny.chef@demo.hoglandet.se', p: 'ett-långt-lösenord' },
    );
    const token = login.body.data?.login.token ?? '';
    expect(token).not.toBe('');
    const me = () =>
      fetch(`${h.gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { email } }' }),
      }).then(async (r) => JSON.parse(await r.text()));
    expect((await me()).data.me.email).toBe('ny.chef@demo.hoglandet.se');

    const renamed = await manager.gql<{ updateUser: { name: string; version: number } }>(UPDATE, {
      id: user?.id,
      version: user?.version,
      name: 'Kommunchef Eksjö',
    });
    expect(renamed.body.data?.updateUser.name).toBe('Kommunchef Eksjö');
    const stale = await manager.gql(UPDATE, {
      id: user?.id,
      version: user?.version,
      active: false,
    });
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    expect((await me()).data.me).not.toBeNull();
    const off = await manager.gql<{ updateUser: { active: boolean } }>(UPDATE, {
      id: user?.id,
      version: renamed.body.data?.updateUser.version,
      active: false,
    });
    expect(off.body.data?.updateUser.active).toBe(false);
    const after = await me();
    expect(after.data?.me ?? null).toBeNull();

    const list = await manager.gql<{
      allUsers: { email: string }[];
      _allUsersMeta: { count: number };
    }>(
      `{ allUsers(page: 0, perPage: 3, sortField: "email", sortOrder: "ASC") { email } _allUsersMeta { count } }`,
    );
    const emails = list.body.data?.allUsers.map((u) => u.email) ?? [];
    expect(emails).toHaveLength(3);
    expect([...emails].sort()).toEqual(emails);
    expect(list.body.data?._allUsersMeta.count).toBeGreaterThanOrEqual(8);
    const byRole = await manager.gql<{ allUsers: { role: string }[] }>(
      `{ allUsers(filter: { role: COACH }) { role } }`,
    );
    expect(byRole.body.data?.allUsers.every((u) => u.role === 'COACH')).toBe(true);

    for (const role of [
      'board',
      'steering',
      'municipal_chief',
      'coach',
      'referrer',
      'external',
    ] as const) {
      const client = await h.as(role);
      expect(codesOf(await client.gql('{ allUsers { id } }'))).toEqual(['FORBIDDEN']);
      expect(codesOf(await client.gql('{ auditLog { id } }'))).toEqual(['FORBIDDEN']);
    }
  });

  it('auditLog lists entries for managers with filters and a count', async () => {
    const manager = await h.as('manager');
    const coach = await h.as('coach');
    const read = await coach.gql<{ allParticipants: { id: string }[] }>(
      '{ allParticipants(perPage: 2) { id } }',
    );
    const id = read.body.data?.allParticipants[0]?.id;
    const log = await manager.gql<{
      auditLog: {
        action: string;
        entity: string;
        entityId: string;
        entityIds: string[];
        userName: string;
        role: string;
        at: string;
      }[];
      _auditLogMeta: { count: number };
    }>(
      `query($id: UUID) { auditLog(page: 0, perPage: 10, entity: "participant", entityId: $id) { id at action entity entityId entityIds userName role requestId } _auditLogMeta(entity: "participant", entityId: $id) { count } }`,
      { id },
    );
    expect(log.body.errors).toBeUndefined();
    // One entry for the page of two, listing both; the deprecated entityId is the first.
    expect(log.body.data?.auditLog[0]).toMatchObject({
      action: 'read',
      entity: 'participant',
      entityIds: read.body.data?.allParticipants.map((p) => p.id),
      entityId: id,
      userName: 'Jobbcoach Nässjö',
      role: 'coach',
    });
    expect(log.body.data?._auditLogMeta.count).toBeGreaterThanOrEqual(1);
  });
});
