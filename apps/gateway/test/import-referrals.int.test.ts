import { testPersonnummer } from '@finsam-se/domain';
import { rowsIn } from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, givenCast } from './support/builders.js';
import { type Harness, startHarness } from './support/gateway-harness.js';
import { importClient, swedishCsv } from './support/import-client.js';

// Its own association: Nässjö and Eksjö, a project; three people registered by a participant
// file first, then a referral file about them and one person the association does not have.
let h: Harness;
let cast: Cast;
let client: ReturnType<typeof importClient>;
const people = [0, 1, 2].map((i) => testPersonnummer(`1977-06-1${i}`, i % 2 ? 'male' : 'female'));
const stranger = testPersonnummer('1977-06-20', 'female');

beforeAll(async () => {
  h = await startHarness({ data: 'built' });
  cast = await givenCast(h);
  client = importClient(h);
  const participants = swedishCsv([
    ['Personnummer', 'Förnamn', 'Efternamn', 'Hemkommun'],
    ...people.map((pnr, i) => [pnr, `Remiss${i}`, 'Remissdotter', 'Nässjö']),
  ]);
  const run = await client.imported(cast.manager.client.token, participants, {
    fileName: 'deltagare.csv',
  });
  if (run.participantsCreated !== 3) throw new Error(JSON.stringify(run));
}, 300_000);
afterAll(async () => h.close());

function referrals(): Buffer {
  return swedishCsv([
    [
      'Personnummer',
      'Kommun',
      'Projekt',
      'Remitterande myndighet',
      'Mottagen',
      'Beslut',
      'Beslutsdatum',
    ],
    [
      people[0] ?? '',
      'Nässjö',
      cast.project.id,
      'Försäkringskassan',
      '2025-02-01',
      'Antagen',
      '2025-02-20',
    ],
    [people[1] ?? '', '0686', cast.project.id, 'AF', '2025-03-01', '', ''],
    [people[2] ?? '', 'Nässjö', cast.project.id, 'Polisen', '2025-13-01', '', ''],
    [stranger, 'Nässjö', cast.project.id, 'Region', '2025-03-05', '', ''],
  ]);
}

const count = (table: 'referrals' | 'referral_decisions') => rowsIn(cast.world, table);

describe('import of referrals over HTTP', () => {
  it('names its fields per register and refuses a register it does not know', async () => {
    const { body } = await client.send('/import/fields', cast.manager.client.token, undefined, {
      register: 'referrals',
    });
    const fields = body.fields as { name: string; required: boolean; label: object }[];
    expect(fields.find((f) => f.name === 'referrerOrganisation')).toEqual({
      name: 'referrerOrganisation',
      required: true,
      label: { sv: 'Remitterande myndighet', en: 'Referring authority' },
    });
    const refused = await client.send('/import/preview', cast.manager.client.token, referrals(), {
      register: 'remisser',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      reason: 'IMPORT.UNKNOWN_REGISTER',
      field: 'register',
    });
  });

  it('dry run: the bad row and the unknown person by row, column and code, nothing written', async () => {
    const { status, body } = await client.send(
      '/import/preview',
      cast.manager.client.token,
      referrals(),
      { fileName: 'remisser.csv', register: 'referrals' },
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ register: 'referrals', total: 4, valid: 2, existingRecords: 0 });
    expect(body.errors).toEqual([
      {
        row: 4,
        field: 'referrerOrganisation',
        column: 'Remitterande myndighet',
        code: 'IMPORT.UNKNOWN_REFERRER_ORGANISATION',
        message: {
          sv: expect.stringContaining('Okänd remitterande myndighet'),
          en: expect.any(String),
        },
      },
      {
        row: 4,
        field: 'receivedOn',
        column: 'Mottagen',
        code: 'DATE.FORMAT',
        message: { sv: expect.any(String), en: expect.any(String) },
      },
      {
        row: 5,
        field: 'personnummer',
        column: 'Personnummer',
        code: 'IMPORT.UNKNOWN_PERSON',
        message: {
          sv: 'Personen finns inte i förbundet. Importera deltagarna först.',
          en: expect.any(String),
        },
      },
    ]);
    expect(JSON.stringify(body)).not.toContain(stranger);
    expect(await count('referrals')).toBe(0);
  });

  it('imports the good rows with the decision recorded as the importing manager; again, nothing twice', async () => {
    const token = cast.manager.client.token;
    const params = { fileName: 'remisser.csv', register: 'referrals' };
    const run = await client.imported(token, referrals(), params);
    expect(run).toMatchObject({
      register: 'referrals',
      status: 'done',
      totalRows: 4,
      validRows: 2,
      referralsCreated: 2,
      participantsCreated: 0,
      rowsSkipped: 0,
    });
    const written = await cast.world.asTenant((tx) =>
      tx.query<{
        state: string;
        received_on: string;
        decided_by: string | null;
        action: string | null;
      }>(
        `SELECT r.state, r.received_on::text, d.decided_by, d.action
         FROM referrals r LEFT JOIN referral_decisions d ON d.association_id = r.association_id AND d.referral_id = r.id
         ORDER BY r.received_on`,
      ),
    );
    expect(written).toEqual([
      {
        state: 'accepted',
        received_on: '2025-02-01',
        decided_by: cast.manager.id,
        action: 'accept',
      },
      { state: 'received', received_on: '2025-03-01', decided_by: null, action: null },
    ]);
    const audited = await h.db.database.withOwner((tx) =>
      tx.query<{ entity: string }>(
        `SELECT entity FROM audit_log WHERE association_id = $1 AND detail->>'importRun' = $2::text`,
        [cast.world.associationId, run.id],
      ),
    );
    expect(audited.map((a) => a.entity)).toEqual(['referral']);

    const preview = await client.send('/import/preview', token, referrals(), params);
    expect(preview.body).toMatchObject({ valid: 2, existingRecords: 2 });
    const again = await client.imported(token, referrals(), params);
    expect(again.id).not.toBe(run.id);
    expect(again).toMatchObject({ status: 'done', referralsCreated: 0, rowsSkipped: 2 });
    expect(await count('referrals')).toBe(2);
    expect(await count('referral_decisions')).toBe(1);
  });
  it('lists the runs of the register asked for (the panel shows its chosen register’s), all without one', async () => {
    const token = cast.manager.client.token;
    const runsOf = async (register?: string) => {
      const { status, body } = await client.send(
        '/import/runs',
        token,
        undefined,
        register ? { register } : {},
      );
      return {
        status,
        body,
        registers: ((body.runs ?? []) as { register: string }[]).map((r) => r.register),
      };
    };
    const referralRuns = await runsOf('referrals');
    expect(referralRuns.registers.length).toBeGreaterThan(0);
    expect(new Set(referralRuns.registers)).toEqual(new Set(['referrals']));
    const participantRuns = await runsOf('participants');
    expect(new Set(participantRuns.registers)).toEqual(new Set(['participants']));
    expect(await runsOf('placements')).toMatchObject({ status: 200, registers: [] });
    const all = await runsOf();
    expect(all.registers.length).toBe(
      referralRuns.registers.length + participantRuns.registers.length,
    );
    const unknown = await runsOf('remisser');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({
      reason: 'IMPORT.UNKNOWN_REGISTER',
      field: 'register',
    });
  });
});
