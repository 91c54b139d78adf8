import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGenerateArgs } from '../src/generate/generate-args.js';
import { generateNational, syntheticSpecs } from '../src/generate/generate-national.js';
import { createTestPersistence, type TestPersistence } from '../src/testing/test-database.js';

let db: TestPersistence;
beforeAll(async () => {
  db = await createTestPersistence();
});
afterAll(async () => db.close());

const args = parseGenerateArgs([
  '--associations',
  '3',
  '--participants-per-year',
  '600',
  '--years',
  '2',
  '--seed',
  '42',
]);

describe('synthetic generator', () => {
  it('parses its options and refuses bad ones', () => {
    expect(args).toMatchObject({ associations: 3, participantsPerYear: 600, years: 2, seed: 42 });
    expect(() => parseGenerateArgs(['--associations', '0'])).toThrow(/positive/);
    expect(() => parseGenerateArgs(['--colour', 'red'])).toThrow(/Unknown/);
  });

  it('writes data that passes every constraint, with plausible distributions', async () => {
    const result = await generateNational(db, args, () => undefined);
    expect(result.participants).toBeGreaterThan(800);
    const [stats] = await db.database.withOwner((tx) =>
      tx.query<{ associations: number; share: number; female: number }>(`
        SELECT (SELECT count(*)::int FROM associations) AS associations,
               (SELECT avg(CASE WHEN occupation_after IN ('employment','studies','self_employment') THEN 1 ELSE 0 END)::float
                  FROM enrollments WHERE discharged_on IS NOT NULL) AS share,
               (SELECT avg(CASE WHEN gender = 'female' THEN 1 ELSE 0 END)::float FROM participants) AS female`),
    );
    expect(stats?.associations).toBe(3);
    expect(stats?.share).toBeGreaterThan(0.25);
    expect(stats?.share).toBeLessThan(0.45);
    expect(stats?.female).toBeGreaterThan(0.4);
    expect(stats?.female).toBeLessThan(0.55);
  });

  it('is resumable: a second run skips associations already there', async () => {
    const again = await generateNational(db, args, () => undefined);
    expect(again.rows).toBe(0);
  });

  it('derives the same specs from the same seed', () => {
    expect(syntheticSpecs(args)).toEqual(syntheticSpecs(args));
    expect(syntheticSpecs({ ...args, seed: 43 })[0]?.id).not.toBe(syntheticSpecs(args)[0]?.id);
  });
});
