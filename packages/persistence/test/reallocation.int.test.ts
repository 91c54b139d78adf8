import { Fte, LocalDate, allocationOn } from '@finsam-se/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocationRepository } from '../src/reallocation/reallocation.repository.js';
import { DEMO_ASSOCIATION_ID } from '../src/seed/demo-association.js';
import { createTestPersistence, type TestPersistence } from '../src/testing/test-database.js';

let db: TestPersistence;
let projectId = '';
let managerId = '';
let municipalities = new Map<string, string>();

beforeAll(async () => {
  db = await createTestPersistence({ demo: true });
  await db.database.withTenant(DEMO_ASSOCIATION_ID, async (tx) => {
    const [p] = await tx.query<{ id: string }>(
      `SELECT id FROM projects WHERE starts_on = '2021-01-01'`,
    );
    projectId = p?.id ?? '';
    const [u] = await tx.query<{ id: string }>(`SELECT id FROM users WHERE role = 'manager'`);
    managerId = u?.id ?? '';
    const rows = await tx.query<{ id: string; code: string }>(
      `SELECT id, code FROM municipalities`,
    );
    municipalities = new Map(rows.map((r) => [r.code, r.id]));
  });
});
afterAll(async () => db.close());

const totalOn = (date: string) =>
  db.database.withTenant(DEMO_ASSOCIATION_ID, async (tx) =>
    Fte.sum([
      ...allocationOn(
        await allocationRepository.postsOfProject(tx, projectId),
        LocalDate.from(date),
      ).values(),
    ]),
  );

describe('decide a reallocation', () => {
  it('closes the posts in force, opens the next ones and keeps history', async () => {
    const version = await db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
      allocationRepository.allocationVersion(tx, projectId),
    );
    expect(version).toBe(2);
    const nassjo = municipalities.get('0682') ?? '';
    const tranas = municipalities.get('0687') ?? '';
    const decided = await db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
      allocationRepository.decide(tx, {
        projectId,
        effectiveFrom: LocalDate.from('2027-01-01'),
        reason: 'Tranås kö har vuxit under hösten.',
        method: 'webster',
        decidedBy: managerId,
        expectedVersion: 2,
        idempotencyKey: 'test-key-0001',
        lines: [
          { municipalityId: nassjo, fte: Fte.ofHundredths(100) },
          { municipalityId: tranas, fte: Fte.ofHundredths(150) },
        ],
      }),
    );
    expect(decided.lines).toHaveLength(2);
    expect(decided.lines.find((l) => l.municipalityId === nassjo)).toMatchObject({
      fteBefore: 150,
      fteAfter: 100,
    });
    expect(await totalOn('2026-12-31')).toBe(600);
    expect(await totalOn('2027-01-01')).toBe(600);
    const posts = await db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
      allocationRepository.postsOfProject(tx, projectId),
    );
    const nassjoPosts = posts.filter((p) => p.municipalityId === nassjo);
    // 2021: 1.0 + 0.5 until 2027, then one post of 1.0: the old ones are closed, not edited.
    expect(nassjoPosts.map((p) => `${p.period.start}/${p.period.end}:${p.fte}`)).toEqual([
      '2021-01-01/2027-01-01:100',
      '2021-01-01/2027-01-01:50',
      '2027-01-01/2028-01-01:100',
    ]);
    expect(
      await db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
        allocationRepository.findByIdempotencyKey(tx, 'test-key-0001'),
      ),
    ).toMatchObject({ id: decided.id });
  });

  it('concurrent decisions on the same version: exactly one wins, the losers write nothing', async () => {
    const version =
      (await db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
        allocationRepository.allocationVersion(tx, projectId),
      )) ?? 0;
    const aneby = municipalities.get('0604') ?? '';
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
          allocationRepository.decide(tx, {
            projectId,
            effectiveFrom: LocalDate.from('2027-07-01'),
            reason: `Försök ${i}`,
            method: null,
            decidedBy: managerId,
            expectedVersion: version,
            idempotencyKey: `race-key-${i}-xxxxx`,
            lines: [{ municipalityId: aneby, fte: Fte.ofHundredths(100) }],
          }),
        ),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    for (const attempt of attempts.filter((a) => a.status === 'rejected')) {
      expect(attempt.status === 'rejected' && attempt.reason).toMatchObject({ code: 'CONFLICT' });
    }
    const count = await db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
      tx.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM reallocations WHERE reason LIKE 'Försök%'`,
      ),
    );
    expect(count).toEqual([{ n: 1 }]);
    expect(await totalOn('2027-07-01')).toBe(650);
  });

  it('a stale version gets CONFLICT and nothing changes', async () => {
    await expect(
      db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
        allocationRepository.decide(tx, {
          projectId,
          effectiveFrom: LocalDate.from('2027-09-01'),
          reason: 'För sent',
          method: null,
          decidedBy: managerId,
          expectedVersion: 1,
          idempotencyKey: 'stale-key-000',
          lines: [],
        }),
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
