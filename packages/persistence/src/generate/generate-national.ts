import type { PoolClient } from 'pg';
import type { Persistence } from '../db/open-persistence.js';
import { writeCodeLists } from '../seed/code-lists.js';
import type { AssociationSpec } from './association-spec.js';
import { generateAssociation } from './generate-association.js';
import type { GenerateArgs } from './generate-args.js';
import { createRng, uuidFrom } from './prng.js';
import { createCopySink } from './row-sink.js';

/** Synthetic associations: same seed, same data; ids derive from the seed. */
export function syntheticSpecs(args: GenerateArgs): AssociationSpec[] {
  const rng = createRng(args.seed * 7919);
  const untilYear = Number(args.until.slice(0, 4));
  const startYear = untilYear - args.years;
  const specs: AssociationSpec[] = [];
  for (let index = 0; index < args.associations; index += 1) {
    const county = String(1 + (index % 25)).padStart(2, '0');
    const count = rng.int(2, 9);
    const municipalities = Array.from({ length: count }, (_, m) => ({
      code: `${county}${String(10 + ((index * 13 + m * 7) % 89)).padStart(2, '0')}`,
      name: `Kommun ${index + 1}-${m + 1}`,
      weight: rng.int(5, 60),
    })).filter((m, i, all) => all.findIndex((x) => x.code === m.code) === i);
    const share = args.participantsPerYear / args.associations;
    const totalFte = Math.max(
      municipalities.length * 0.5,
      Math.round((share * 0.75) / 20 / 0.5) * 0.5,
    );
    specs.push({
      id: uuidFrom(rng),
      name: `Samordningsförbund ${index + 1}`,
      organisationNumber: `2220${String(index).padStart(2, '0')}-${String(1000 + index).slice(-4)}`,
      emailDomain: `forbund${index + 1}.example`,
      seed: args.seed * 1000 + index,
      dataUntil: args.until,
      participantsPerYear: Math.round(share * (0.6 + rng.next() * 0.8)),
      municipalities,
      projects: [
        {
          name: 'Supported Employment',
          startsOn: `${startYear}-01-01`,
          endsOn: `${untilYear + 2}-01-01`,
          budgetPerYearOre: Math.round(totalFte * 633_000) * 100,
          targetGroup: 'Personer långt från arbetsmarknaden som vill arbeta.',
          goals: [
            {
              metric: 'work_or_studies_at_discharge',
              targetBasisPoints: 3500,
              description:
                '35 % av de avslutade deltagarna går till arbete på den reguljära arbetsmarknaden eller till studier.',
            },
          ],
          totalFte,
          reallocations: [],
        },
      ],
    });
  }
  return specs;
}

/**
 * Streams national-scale synthetic data with COPY, one transaction per association so
 * that a failure leaves whole associations only. Prints rows/s as it goes.
 */
export async function generateNational(
  persistence: Persistence,
  args: GenerateArgs,
  log: (message: string) => void,
): Promise<{ rows: number; participants: number; seconds: number }> {
  const started = performance.now();
  let rows = 0;
  let participants = 0;
  const pool = persistence.database.dataSource;
  await pool.query('SELECT 1');
  const runner = pool.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  try {
    await writeCodeLists((sql, params) => client.query(sql, params as unknown[]));
    for (const spec of syntheticSpecs(args)) {
      const exists = await client.query('SELECT 1 FROM associations WHERE id = $1', [spec.id]);
      if ((exists.rowCount ?? 0) > 0) {
        log(`${spec.name}: already there, skipped.`);
        continue;
      }
      await client.query('BEGIN');
      const sink = createCopySink(client);
      const result = await generateAssociation(spec, sink, persistence.pii);
      await client.query('COMMIT');
      rows += sink.written();
      participants += result.participants;
      const seconds = (performance.now() - started) / 1000;
      log(
        `${spec.name}: ${result.participants} participants; total ${rows} rows, ${Math.round(rows / seconds)} rows/s`,
      );
    }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
  const seconds = (performance.now() - started) / 1000;
  const size = await pool.query(
    `SELECT pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  log(
    `Done: ${participants} participants, ${rows} rows in ${seconds.toFixed(1)} s; database size ${String((size as { size: string }[])[0]?.size)}.`,
  );
  return { rows, participants, seconds };
}
