import { luhnCheckDigit } from '@finsam-se/domain';
import { writeCodeLists } from '../../seed/code-lists.js';
import type { Persistence } from '../../db/open-persistence.js';
import type { TenantTx } from '../../db/database.js';

/**
 * One association a test builds its own data in, on an empty migrated database: the
 * builders (`givenMunicipality`, `givenParticipant`, …) write through it and return the
 * ids, so a test asserts on what it made, never on demo figures.
 */
export type World = {
  readonly persistence: Persistence;
  readonly associationId: string;
  /** A number not handed out before in this process: unique names, e-mails, personnummer. */
  next(): number;
  /** How many `kind` this world has made so far, counting this one (1, 2, …). */
  count(kind: string): number;
  /** Runs `work` under row-level security for this association, as the gateway does. */
  asTenant<T>(work: (tx: TenantTx) => Promise<T>): Promise<T>;
};

let serial = 0;
const nextSerial = () => {
  serial += 1;
  return serial;
};

/** A Luhn-valid organisation number of a legal person (`2…`), unique in this process. */
export function organisationNumberFor(n: number): string {
  const nine = `21${String(200_000 + (n % 800_000)).padStart(7, '0')}`;
  const ten = `${nine}${luhnCheckDigit(nine)}`;
  return `${ten.slice(0, 6)}-${ten.slice(6)}`;
}

/**
 * A new association (and the code lists, which every association shares) on a migrated
 * database: the start of every built scenario.
 */
export async function givenAssociation(
  persistence: Persistence,
  overrides: { name?: string; organisationNumber?: string } = {},
): Promise<World> {
  const { database } = persistence;
  const n = nextSerial();
  const associationId = await database.withOwner(async (tx) => {
    await writeCodeLists((sql, params) => tx.query(sql, params));
    const rows = await tx.query<{ id: string }>(
      'INSERT INTO associations (name, organisation_number) VALUES ($1, $2) RETURNING id',
      [
        overrides.name ?? `Testförbundet ${n}`,
        overrides.organisationNumber ?? organisationNumberFor(n),
      ],
    );
    const id = rows[0]?.id;
    if (!id) throw new Error('The association was not written');
    return id;
  });
  const counts = new Map<string, number>();
  return {
    persistence,
    associationId,
    next: nextSerial,
    count(kind) {
      const value = (counts.get(kind) ?? 0) + 1;
      counts.set(kind, value);
      return value;
    },
    asTenant: (work) => database.withTenant(associationId, work),
  };
}

/**
 * The rows of `table` this world's association may see (row-level security decides), those
 * matching `where` (the test's own SQL) when given.
 */
export async function rowsIn(world: World, table: string, where?: string): Promise<number> {
  if (!/^[a-z_]+$/.test(table)) throw new RangeError(`Not a table name: ${table}`);
  const rows = await world.asTenant((tx) =>
    tx.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM ${table}${where === undefined ? '' : ` WHERE ${where}`}`,
    ),
  );
  return Number(rows[0]?.n);
}
