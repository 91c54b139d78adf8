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
import { type ReportNote, reportNotes } from '../shared/report-notes.js';

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

/** A report as it is handed out: the table, its notes (Swedish, and English beside) and its CSV. */
export type PublishedReport = {
  readonly table: Table;
  readonly notes: readonly string[];
  readonly notesEn: readonly string[];
  readonly csv: string;
};

function published(table: Table, notes: readonly ReportNote[]): PublishedReport {
  const all = [table.definition, ...notes];
  return {
    table,
    notes: all.map((note) => note.sv),
    notesEn: all.map((note) => note.en),
    csv: toCsv(table, { locale: 'sv' }),
  };
}

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
  notes: readonly ReportNote[] = [],
): Promise<PublishedReport> {
  if (access.audience === 'internal') return published(table, notes);
  if (table.rows.some((row) => PERSONAL_DIMENSIONS.some((key) => key in row.dims)))
    throw refuse('REPORT.NO_PERSONAL_ROWS');
  const result = protectTable(table, { k: EXTERNAL_K, solver: await disclosureSolver() });
  if (!result.ok) throw fromRule(result.error);
  const hidden = hiddenCount(result.table);
  return published(result.table, [
    ...notes,
    reportNotes.disclosureRule(EXTERNAL_K),
    reportNotes.hiddenCells(hidden),
  ]);
}
