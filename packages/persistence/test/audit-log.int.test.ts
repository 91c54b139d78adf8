import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_IDS_PER_ROW, auditRepository } from '../src/audit/audit.repository.js';
import { type AuditWriter, createAuditWriter } from '../src/audit/audit-writer.js';
import { participantRepository } from '../src/participant/participant.repository.js';
import { registerExtractData } from '../src/personal-data/register-extract.js';
import { DEMO_ASSOCIATION_ID } from '../src/seed/demo-association.js';
import { createTestPersistence, type TestPersistence } from '../src/testing/test-database.js';

let db: TestPersistence;
let reader: { userId: string; role: string; requestId: string | null };
let writer: AuditWriter;

const owner = <T>(text: string, params: unknown[] = []) =>
  db.database.withOwner((tx) => tx.query<T>(text, params));
const tenant = <T>(work: Parameters<typeof db.database.withTenant<T>>[1]) =>
  db.database.withTenant(DEMO_ASSOCIATION_ID, work);
const rowsOf = (requestId: string) =>
  owner<{ action: string; entity: string; user_id: string | null; entity_ids: string[] }>(
    `SELECT action, entity, user_id, entity_ids::text[] AS entity_ids FROM audit_log WHERE request_id = $1 ORDER BY id`,
    [requestId],
  );

beforeAll(async () => {
  db = await createTestPersistence({ demo: true });
  const [manager] = await owner<{ id: string }>(
    `SELECT id FROM users WHERE role = 'manager' ORDER BY id LIMIT 1`,
  );
  reader = { userId: manager?.id ?? '', role: 'manager', requestId: null };
  writer = createAuditWriter(db.database);
});

/** A page read the way the gateway reads one: the pure read, then its audit row. */
async function readAudited(
  query: Parameters<ReturnType<typeof participantRepository>['page']>[1],
  requestId: string,
) {
  const page = await db.database.withTenantStatement(DEMO_ASSOCIATION_ID, (tx) =>
    participantRepository(db.pii).page(tx, query),
  );
  if (page.length > 0)
    await writer.record(DEMO_ASSOCIATION_ID, {
      ...reader,
      action: 'read',
      entity: 'participant',
      entityIds: page.map((p) => p.id),
      requestId,
    });
  return page;
}
afterAll(async () => db.close());

describe('audit log: one row per action', () => {
  it('a page of 25 people writes ONE row with exactly those 25 ids, in page order', async () => {
    const requestId = randomUUID();
    const page = await readAudited({ limit: 25, offset: 0 }, requestId);
    expect(page).toHaveLength(25);
    expect(await rowsOf(requestId)).toEqual([
      {
        action: 'read',
        entity: 'participant',
        user_id: reader.userId,
        entity_ids: page.map((p) => p.id),
      },
    ]);
  });

  it('a page that returned nobody writes no row', async () => {
    const requestId = randomUUID();
    const page = await readAudited(
      { nameWords: ['ingen-heter-så'], limit: 25, offset: 0 },
      requestId,
    );
    expect(page).toEqual([]);
    expect(await rowsOf(requestId)).toEqual([]);
  });

  it('append writes one row, an empty array for no record, and rows of 1,000 past that', async () => {
    const append = (requestId: string, entityIds: string[]) =>
      tenant((tx) =>
        auditRepository.append(tx, {
          ...reader,
          action: 'export',
          entity: 'enrollment',
          entityIds,
          requestId,
        }),
      );
    const none = randomUUID();
    await append(none, []);
    expect((await rowsOf(none)).map((r) => r.entity_ids)).toEqual([[]]);

    const two = randomUUID();
    const ids = [randomUUID(), randomUUID()];
    await append(two, ids);
    expect((await rowsOf(two)).map((r) => r.entity_ids)).toEqual([ids]);

    const many = randomUUID();
    const lots = Array.from({ length: 2 * AUDIT_IDS_PER_ROW + 500 }, () => randomUUID());
    const before = db.database.statementTotal();
    await append(many, lots);
    expect(db.database.statementTotal() - before).toBe(1);
    const rows = await rowsOf(many);
    expect(rows.map((r) => r.entity_ids.length).sort((a, b) => a - b)).toEqual([500, 1000, 1000]);
    expect(rows.flatMap((r) => r.entity_ids).sort()).toEqual([...lots].sort());
  });

  it('the database refuses a row of more than 1,000 ids or a NULL id', async () => {
    const insert = (ids: string) =>
      owner(
        `INSERT INTO audit_log (association_id, action, entity, entity_ids) VALUES ($1, 'read', 'participant', ${ids})`,
        [DEMO_ASSOCIATION_ID],
      );
    await expect(
      insert(`ARRAY(SELECT gen_random_uuid() FROM generate_series(1, 1001))`),
    ).rejects.toThrow();
    await expect(insert(`ARRAY[gen_random_uuid(), NULL]`)).rejects.toThrow();
  });

  it('searching by one id finds the actions that list it, with all their ids', async () => {
    const requestId = randomUUID();
    const page = await readAudited({ limit: 5, offset: 10, sortField: 'birthDate' }, requestId);
    const ids = page.map((p) => p.id);
    const third = ids[2] ?? '';
    const found = await tenant((tx) =>
      auditRepository.list(tx, { entityId: third, entity: 'participant', limit: 50, offset: 0 }),
    );
    expect(found.total).toBeGreaterThanOrEqual(1);
    for (const row of found.rows) expect(row.entityIds).toContain(third);
    const ours = found.rows.find((r) => r.requestId === requestId);
    expect(ours).toMatchObject({ action: 'read', userId: reader.userId, entityIds: ids });
  });

  it("the register extract lists a page read of the person with only the person's own id", async () => {
    const requestId = randomUUID();
    const page = await readAudited({ limit: 25, offset: 25 }, requestId);
    const person = page[3]?.id ?? '';
    const extract = await tenant((tx) => registerExtractData(tx, db.pii, person));
    const audit = extract?.sections.find((s) => s.table === 'audit_log')?.rows ?? [];
    const read = audit.filter((r) => r.request_id === requestId);
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({ action: 'read', user_id: reader.userId, entity_ids: [person] });
    const shown = JSON.stringify(extract);
    for (const other of page.filter((p) => p.id !== person)) expect(shown).not.toContain(other.id);
  });
});
