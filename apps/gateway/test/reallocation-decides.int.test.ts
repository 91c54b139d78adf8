// Who decides (issue 17 part 2): the steering group under the board's delegation, or the
// board approving the steering group's proposals. The history shows who proposed and decided.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, codesOf, type Harness, startHarness } from './support/gateway-harness.js';

let h: Harness;
let steering: Client;
let manager: Client;
let board: Client;
let projectId = '';
let rows: { municipalityId: string; municipalityName: string; fte: number }[] = [];

const SETTINGS = `mutation S($input: ReallocationSettingsInput!) { updateReallocationSettings(input: $input) { decisionMode delegationReference updatedByName } }`;
const ALLOCATION = `query A($p: UUID!, $asOf: LocalDate!) { allocation(projectId: $p, asOf: $asOf) { version rows { municipalityId municipalityName fte } } }`;
const WRITE_INPUT = (
  mutation: string,
) => `mutation W($input: DecideReallocationInput!) { ${mutation}(input: $input) {
  id ${mutation === 'decideReallocation' ? 'decidedByName decisionMode delegationReference proposedByName' : 'status proposedByName lines { municipalityName fteBefore fteAfter }'} } }`;
const REVIEW = `mutation R($id: UUID!, $approve: Boolean!, $note: String) { reviewReallocationProposal(id: $id, approve: $approve, note: $note) {
  id status reviewedByName reviewNote reallocationId } }`;
const HISTORY = `query H($p: UUID!) { allReallocations(filter: { projectId: $p }, sortField: "decidedAt", sortOrder: "DESC", perPage: 5) {
  id reason decidedByName proposedByName decisionMode delegationReference } }`;

async function version(asOf: string): Promise<number> {
  const a = await steering.gql<{ allocation: { version: number; rows: typeof rows } }>(ALLOCATION, {
    p: projectId,
    asOf,
  });
  rows = a.body.data?.allocation.rows ?? [];
  return a.body.data?.allocation.version ?? 0;
}

const moving = (from: string, to: string) =>
  rows.map((r) => ({
    municipalityId: r.municipalityId,
    fte:
      r.municipalityName === from ? r.fte - 0.5 : r.municipalityName === to ? r.fte + 0.5 : r.fte,
  }));

const input = (
  key: string,
  expectedVersion: number,
  effectiveFrom: string,
  reason: string,
  [from, to] = ['Nässjö', 'Tranås'],
) => ({
  projectId,
  effectiveFrom,
  reason,
  method: 'WEBSTER',
  lines: moving(from ?? '', to ?? ''),
  expectedVersion,
  idempotencyKey: key,
});

async function auditEntities(action: string): Promise<string[]> {
  const log = await manager.gql<{ auditLog: { entity: string; action: string }[] }>(
    '{ auditLog(perPage: 200) { entity action } }',
  );
  return (log.body.data?.auditLog ?? []).filter((e) => e.action === action).map((e) => e.entity);
}

beforeAll(async () => {
  h = await startHarness();
  steering = await h.as('steering');
  manager = await h.as('manager');
  board = await h.as('board');
  const list = await steering.gql<{ allProjects: { id: string }[] }>(
    '{ allProjects(sortField: "startsOn", sortOrder: "DESC") { id } }',
  );
  projectId = list.body.data?.allProjects[0]?.id ?? '';
});
afterAll(async () => h.close());

describe('decisions by the steering group under the board’s delegation', () => {
  it('only the manager records who decides; a delegation needs the board’s reference', async () => {
    const bySteering = await steering.gql(SETTINGS, {
      input: { projectId, decisionMode: 'BOARD_APPROVAL', bounds: [] },
    });
    expect(codesOf(bySteering)).toEqual(['FORBIDDEN']);
    const byBoard = await board.gql(SETTINGS, {
      input: { projectId, decisionMode: 'BOARD_APPROVAL', bounds: [] },
    });
    expect(codesOf(byBoard)).toEqual(['FORBIDDEN']);
    const toBoard = await manager.gql(SETTINGS, {
      input: { projectId, decisionMode: 'BOARD_APPROVAL', bounds: [] },
    });
    expect(toBoard.body.errors).toBeUndefined();
    // Back to a delegation: only with the board's delegation decision named.
    const noReference = await manager.gql(SETTINGS, {
      input: { projectId, decisionMode: 'DELEGATED', delegationReference: ' ', bounds: [] },
    });
    expect(noReference.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REALLOCATION.NO_DELEGATION',
    });
    const saved = await manager.gql<{ updateReallocationSettings: unknown }>(SETTINGS, {
      input: {
        projectId,
        decisionMode: 'DELEGATED',
        delegationReference: 'Styrelsen 2020-11-20 § 9',
        bounds: [],
      },
    });
    expect(saved.body.data?.updateReallocationSettings).toEqual({
      decisionMode: 'DELEGATED',
      delegationReference: 'Styrelsen 2020-11-20 § 9',
      updatedByName: 'Förbundschef Karin Holm',
    });
    expect(await auditEntities('update')).toContain('reallocation_settings');
  });

  it('records the delegation reference on the decision and in the history', async () => {
    const v = await version('2027-01-01');
    const decided = await steering.gql<{ decideReallocation: Record<string, unknown> }>(
      WRITE_INPUT('decideReallocation'),
      { input: input('delegated-0001', v, '2027-01-01', 'På delegation') },
    );
    expect(decided.body.errors).toBeUndefined();
    expect(decided.body.data?.decideReallocation).toMatchObject({
      decidedByName: 'Beredningsgruppen',
      decisionMode: 'DELEGATED',
      delegationReference: 'Styrelsen 2020-11-20 § 9',
      proposedByName: null,
    });
    const proposal = await steering.gql(WRITE_INPUT('proposeReallocation'), {
      input: input('delegated-0002', v + 1, '2027-02-01', 'Förslag fast delegation gäller'),
    });
    expect(proposal.body.errors?.[0]?.extensions).toMatchObject({
      reason: 'REALLOCATION.DELEGATED',
    });
  });
});

describe('proposals that the board approves or rejects', () => {
  let proposalId = '';
  let basedOn = 0;

  it('the steering group may not decide; it proposes, and the proposal waits for the board', async () => {
    await manager.gql(SETTINGS, {
      input: { projectId, decisionMode: 'BOARD_APPROVAL', delegationReference: null, bounds: [] },
    });
    basedOn = await version('2027-03-01');
    const decided = await steering.gql(WRITE_INPUT('decideReallocation'), {
      input: input('board-decides-1', basedOn, '2027-03-01', 'Försök att besluta'),
    });
    expect(decided.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REALLOCATION.BOARD_DECIDES',
    });
    const proposed = await steering.gql<{
      proposeReallocation: {
        id: string;
        status: string;
        proposedByName: string;
        lines: { municipalityName: string; fteBefore: number; fteAfter: number }[];
      };
    }>(WRITE_INPUT('proposeReallocation'), {
      input: input('proposal-0001', basedOn, '2027-03-01', 'Nässjö har färre deltagare per heltid'),
    });
    expect(proposed.body.errors).toBeUndefined();
    const proposal = proposed.body.data?.proposeReallocation;
    proposalId = proposal?.id ?? '';
    expect(proposal).toMatchObject({ status: 'PENDING', proposedByName: 'Beredningsgruppen' });
    const nassjo = proposal?.lines.find((l) => l.municipalityName === 'Nässjö');
    expect((nassjo?.fteBefore ?? 0) - (nassjo?.fteAfter ?? 0)).toBe(0.5);
    // Nothing changed yet.
    expect(await version('2027-03-01')).toBe(basedOn);
    expect(await auditEntities('create')).toContain('reallocation_proposal');
  });

  it('the board lists pending proposals; only the board may review', async () => {
    const listed = await board.gql<{ reallocationProposals: { id: string; status: string }[] }>(
      `query L($p: UUID!) { reallocationProposals(projectId: $p, status: PENDING) { id status } }`,
      { p: projectId },
    );
    expect(listed.body.data?.reallocationProposals.map((p) => p.id)).toEqual([proposalId]);
    for (const client of [steering, manager]) {
      expect(codesOf(await client.gql(REVIEW, { id: proposalId, approve: true }))).toEqual([
        'FORBIDDEN',
      ]);
    }
  });

  it('the board approves: the proposal becomes the decision, showing who proposed and who decided', async () => {
    const approved = await board.gql<{
      reviewReallocationProposal: {
        status: string;
        reviewedByName: string;
        reallocationId: string;
      };
    }>(REVIEW, { id: proposalId, approve: true, note: 'Styrelsen bifaller' });
    expect(approved.body.errors).toBeUndefined();
    expect(approved.body.data?.reviewReallocationProposal).toMatchObject({
      status: 'APPROVED',
      reviewedByName: 'Styrelsens ordförande',
    });
    expect(await version('2027-03-01')).toBe(basedOn + 1);
    const history = await board.gql<{ allReallocations: Record<string, unknown>[] }>(HISTORY, {
      p: projectId,
    });
    expect(history.body.data?.allReallocations[0]).toMatchObject({
      id: approved.body.data?.reviewReallocationProposal.reallocationId,
      reason: 'Nässjö har färre deltagare per heltid',
      decidedByName: 'Styrelsens ordförande',
      proposedByName: 'Beredningsgruppen',
      decisionMode: 'BOARD_APPROVAL',
    });
    expect(await auditEntities('decide')).toContain('reallocation_proposal');
    const again = await board.gql(REVIEW, { id: proposalId, approve: false });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({
      reason: 'REALLOCATION.PROPOSAL_CLOSED',
    });
  });

  it('a stale proposal cannot be approved, only rejected, and a rejection changes nothing', async () => {
    const v = await version('2027-04-01');
    const stale = await steering.gql<{ proposeReallocation: { id: string } }>(
      WRITE_INPUT('proposeReallocation'),
      { input: input('proposal-0002', v, '2027-04-01', 'Första förslaget', ['Vetlanda', 'Eksjö']) },
    );
    const fresh = await steering.gql<{ proposeReallocation: { id: string } }>(
      WRITE_INPUT('proposeReallocation'),
      { input: input('proposal-0003', v, '2027-05-01', 'Andra förslaget', ['Vetlanda', 'Eksjö']) },
    );
    expect(fresh.body.errors).toBeUndefined();
    const freshId = fresh.body.data?.proposeReallocation.id;
    expect((await board.gql(REVIEW, { id: freshId, approve: true })).body.errors).toBeUndefined();
    const staleId = stale.body.data?.proposeReallocation.id;
    const refused = await board.gql(REVIEW, { id: staleId, approve: true });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      reason: 'REALLOCATION.PROPOSAL_STALE',
    });
    const before = await version('2027-05-01');
    const rejected = await board.gql<{
      reviewReallocationProposal: { status: string; reviewNote: string };
    }>(REVIEW, { id: staleId, approve: false, note: 'Inaktuellt' });
    expect(rejected.body.data?.reviewReallocationProposal).toEqual({
      id: staleId,
      status: 'REJECTED',
      reviewedByName: 'Styrelsens ordförande',
      reviewNote: 'Inaktuellt',
      reallocationId: null,
    });
    expect(await version('2027-05-01')).toBe(before);
  });
});
