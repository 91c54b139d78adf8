import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersistenceError } from '../db/database-error.js';
import { createTestPersistence, type TestPersistence } from '../testing/test-database.js';
import { AUDIT_IDS_PER_ROW } from './audit.repository.js';
import { createAuditWriter } from './audit-writer.js';

let db: TestPersistence;
const A = '55555555-5555-4555-8555-555555555555';
const B = '66666666-6666-4666-8666-666666666666';

beforeAll(async () => {
  db = await createTestPersistence();
  await db.database.withOwner((tx) =>
    tx.query(
      `INSERT INTO associations (id, name, organisation_number) VALUES ($1, 'A', '222000-0006'), ($2, 'B', '222000-0007')`,
      [A, B],
    ),
  );
});
afterAll(async () => db.close());

const entry = (requestId: string, entityIds: string[] = [randomUUID()]) => ({
  userId: null,
  role: 'manager',
  action: 'read' as const,
  entity: 'participant',
  entityIds,
  requestId,
});

const rowsFor = (requestIds: string[]) =>
  db.database.queryOwner<{ association_id: string; request_id: string; entity_ids: string[] }>(
    `SELECT association_id, request_id, entity_ids::text[] AS entity_ids FROM audit_log WHERE request_id = ANY($1) ORDER BY id`,
    [requestIds],
  );

describe('audit writer (group commit of read audits)', () => {
  it('every record is committed when its promise resolves, concurrent ones in few statements', async () => {
    const writer = createAuditWriter(db.database);
    const requests: string[] = Array.from({ length: 60 }, () => randomUUID());
    await Promise.all(
      requests.map((requestId, i) => writer.record(i % 3 === 0 ? B : A, entry(requestId))),
    );
    const rows = await rowsFor(requests);
    expect(rows.map((r) => r.request_id).sort()).toEqual([...requests].sort());
    for (const row of rows)
      expect(row.association_id).toBe(requests.indexOf(row.request_id) % 3 === 0 ? B : A);
    // Sixty reads of two associations arriving together: one write per association.
    expect(writer.stats()).toEqual({ statements: 2, rows: 60 });
  });

  it('under no load a record is written at once, alone', async () => {
    const writer = createAuditWriter(db.database);
    const first = randomUUID();
    await writer.record(A, entry(first));
    expect(await rowsFor([first])).toHaveLength(1);
    const second = randomUUID();
    await writer.record(A, entry(second));
    expect(writer.stats()).toEqual({ statements: 2, rows: 2 });
  });

  it('splits an action past the row limit into several rows', async () => {
    const writer = createAuditWriter(db.database);
    const requestId = randomUUID();
    const ids = Array.from({ length: AUDIT_IDS_PER_ROW + 1 }, () => randomUUID());
    await writer.record(A, entry(requestId, ids));
    const rows = await rowsFor([requestId]);
    expect(rows.map((r) => r.entity_ids.length)).toEqual([AUDIT_IDS_PER_ROW, 1]);
  });

  it('a failed write fails every read waiting on it and writes none of them', async () => {
    const writer = createAuditWriter(db.database);
    const requests = [randomUUID(), randomUUID()];
    const results = await Promise.allSettled([
      writer.record(A, entry(requests[0] ?? '')),
      // Not a uuid: the statement fails, and with it the whole batch.
      writer.record(A, entry(requests[1] ?? '', ['not-a-uuid'])),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    const [failure] = results;
    if (failure?.status === 'rejected') expect(failure.reason).toBeInstanceOf(PersistenceError);
    expect(await rowsFor(requests)).toEqual([]);
    // The writer goes on working after a failure.
    const later = randomUUID();
    await writer.record(A, entry(later));
    expect(await rowsFor([later])).toHaveLength(1);
  });
});
