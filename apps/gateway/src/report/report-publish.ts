import {
  type LpSolver,
  type Table,
  hiddenCount,
  loadHighsLpSolver,
  protectTable,
  toCsv,
} from '@finsam-se/reporting';
import type { Actor } from '../auth/actor.js';
import { authorize, permitted } from '../auth/authorize.js';
import type { Action } from '../auth/policy-table.js';
import { fromRule, refuse } from '../errors/refuse.js';

/** Disclosure threshold for everything that leaves the association. */
export const EXTERNAL_K = 5;

/**
 * Who reads a report and what part of the association's data they may aggregate:
 * association-wide (board, steering, manager, external), one municipality (municipal
 * chief) or one coach's own participants (coach). `external` is another förbund: it gets
 * aggregates only, always suppressed.
 */
export type ReportAccess = {
  readonly actor: Actor;
  readonly audience: 'internal' | 'external';
  readonly municipalityId?: string;
  readonly coachId?: string;
};

/** The report's scope from the policy (`report.read`, or a named variant such as `report.readCosts`). */
export function reportAccess(actor: Actor | null, action: Action = 'report.read'): ReportAccess {
  const signedIn = permitted(actor, action);
  switch (authorize(signedIn, action)) {
    case 'aggregates':
      return { actor: signedIn, audience: 'external' };
    case 'municipality':
      if (!signedIn.municipalityId) throw refuse('FORBIDDEN');
      return { actor: signedIn, audience: 'internal', municipalityId: signedIn.municipalityId };
    case 'own':
      if (!signedIn.coachId) throw refuse('FORBIDDEN');
      return { actor: signedIn, audience: 'internal', coachId: signedIn.coachId };
    case 'association':
      return { actor: signedIn, audience: 'internal' };
  }
}

/** A report as it is handed out: the table, its notes and its CSV. */
export type PublishedReport = {
  readonly table: Table;
  readonly notes: readonly string[];
  readonly csv: string;
};

/** Row dimensions that would point at a person or a named employee. */
const PERSONAL_DIMENSIONS = ['coach', 'coachId', 'participant', 'participantId', 'enrollmentId'];

/** HiGHS, loaded once per process on the first external report (WebAssembly compile). */
let solver: Promise<LpSolver> | undefined;
const disclosureSolver = (): Promise<LpSolver> => {
  solver ??= loadHighsLpSolver().catch((error: unknown) => {
    solver = undefined; // a failed load is retried by the next request
    throw error;
  });
  return solver;
};

/**
 * THE one place every report leaves the service through. Internal roles get the table as
 * computed (their scope was applied when the rows were read). `external` gets it only
 * through `protectTable` (k = 5, audited by solving the attacker's linear program), never
 * a row about a coach or a person, and a note saying what was hidden. A table that cannot
 * be protected is refused (FORBIDDEN, reason DISCLOSURE.UNPROTECTABLE), never sent
 * unprotected. The table, its CSV and the cache all carry the protected version.
 */
export async function publishFor(
  access: ReportAccess,
  table: Table,
  notes: readonly string[] = [],
): Promise<PublishedReport> {
  if (access.audience === 'internal') {
    return { table, notes: [table.definition.sv, ...notes], csv: toCsv(table, { locale: 'sv' }) };
  }
  if (table.rows.some((row) => PERSONAL_DIMENSIONS.some((key) => key in row.dims)))
    throw refuse('REPORT.NO_PERSONAL_ROWS');
  const result = protectTable(table, { k: EXTERNAL_K, solver: await disclosureSolver() });
  if (!result.ok) throw fromRule(result.error);
  const published = result.table;
  const hidden = hiddenCount(published);
  const disclosure = [
    `Röjandeskydd (k = ${EXTERNAL_K}): antal från 1 till ${EXTERNAL_K - 1} visas inte, och ytterligare celler döljs tills en granskning med linjärprogrammering visar att varje dolt litet antal, givet alla visade celler och tabellens alla summor, kan vara vad som helst från 0 till ${EXTERNAL_K}. Andelar och värden som bygger på ett dolt antal eller på färre än ${EXTERNAL_K} personer döljs också. Dolda celler har suppressed = true (".." i CSV) och är aldrig 0.`,
    hidden === 0
      ? 'Inga celler behövde döljas i den här tabellen.'
      : `${hidden} celler är dolda i den här tabellen.`,
  ];
  return {
    table: published,
    notes: [published.definition.sv, ...notes, ...disclosure],
    csv: toCsv(published, { locale: 'sv' }),
  };
}
