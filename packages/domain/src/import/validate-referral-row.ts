import type { LocalDate } from '../core/local-date.js';
import { type Result, err, ok } from '../core/result.js';
import type { ReferrerOrganisation, Role } from '../model/people.js';
import type { Referral, ReferralAction, ReferralDecision } from '../model/referral.js';
import { requireProjectRunning } from '../rules/project-running.js';
import { type ReferralActor, decideReferral } from '../rules/referral-transition.js';
import { pickValue } from './code-values.js';
import { type ImportLookups, lookUp } from './import-lookups.js';
import { type RegisterCells, type RegisterRowError, rowReader } from './register-row.js';

/** What a referral row's names are looked up in, and who the file's decisions are recorded as. */
export type ReferralImportLookups = ImportLookups & {
  readonly users: readonly { id: string; name: string; email: string; role: Role }[];
  /** The importing user in the panel, `--decided-by` on the command line; null: none given. */
  readonly decider: ReferralActor | null;
};

/** A referral row that passed every rule; the person is found by personnummer when written. */
export type ReferralImportRow = {
  readonly row: number;
  readonly personnummer: string;
  readonly municipalityId: string;
  readonly projectId: string;
  readonly referrerOrganisation: ReferrerOrganisation;
  readonly referredBy: string | null;
  readonly receivedOn: LocalDate;
  readonly decision: ReferralDecision | null;
};

const organisationNames: Record<ReferrerOrganisation, readonly string[]> = {
  FK: ['försäkringskassan', 'fk'],
  AF: ['arbetsförmedlingen', 'af'],
  REGION: ['regionen', 'vården', 'hälso- och sjukvården'],
  MUNICIPALITY: ['kommun', 'kommunen', 'socialtjänsten', 'municipality'],
};
const decisionNames: Record<ReferralAction, readonly string[]> = {
  accept: ['accepted', 'antagen', 'antogs', 'godkänd', 'beviljad', 'ja', 'accepterad'],
  not_now: ['inte nu', 'ej nu', 'not now', 'vilande'],
  decline: ['declined', 'avslag', 'avslagen', 'avböjd', 'nej'],
  escalate: ['escalated', 'eskalerad', 'eskalerat', 'till förvaltningschef'],
};
/** A status that is no decision: the referral list's export writes RECEIVED for a pending one. */
const pendingNames = ['received', 'mottagen', 'ej beslutad', 'pending'];
const NOTE_MAX = 2000;

/**
 * Checks one referral row by the domain's rules: the personnummer, the municipality and
 * project of the association, the project running on the day the referral arrived (a day
 * that has come), the referring authority's code, and a decision through the referral's
 * own state machine (`decideReferral`: the transition from received, the decider's role,
 * not dated before the referral). Whether the person is registered is the writer's check.
 */
export function validateReferralRow(
  row: number,
  cells: RegisterCells,
  lookups: ReferralImportLookups,
): Result<ReferralImportRow, RegisterRowError[]> {
  const { errors, fail, text, required, date, personnummer } = rowReader(row, cells, lookups.today);
  const pnr = personnummer('personnummer');
  const municipalityText = required('municipality');
  const municipality =
    municipalityText === undefined
      ? undefined
      : lookUp(lookups.municipalities, municipalityText, (m) => [m.name, m.code]);
  if (municipalityText !== undefined && !municipality)
    fail('municipality', 'IMPORT.UNKNOWN_MUNICIPALITY');
  const projectText = required('project');
  const project =
    projectText === undefined ? undefined : lookUp(lookups.projects, projectText, (p) => [p.name]);
  if (projectText !== undefined && !project) fail('project', 'IMPORT.UNKNOWN_PROJECT');
  const organisationText = required('referrerOrganisation');
  const organisation =
    organisationText === undefined ? undefined : pickValue(organisationNames, organisationText);
  if (organisationText !== undefined && !organisation)
    fail('referrerOrganisation', 'IMPORT.UNKNOWN_REFERRER_ORGANISATION');
  let referredBy: string | null = null;
  if (text('referrer') !== '') {
    const user = lookUp(lookups.users, text('referrer'), (u) => [u.name, u.email]);
    if (user) referredBy = user.id;
    else fail('referrer', 'IMPORT.UNKNOWN_REFERRER');
  }
  const receivedOn = required('receivedOn') === undefined ? undefined : date('receivedOn', true);
  if (project && receivedOn) {
    const running = requireProjectRunning(project, receivedOn, 'receivedOn');
    if (!running.ok) fail('receivedOn', running.error.code);
  }
  if (errors.length > 0 || !pnr || !municipality || !project || !organisation || !receivedOn)
    return err(errors);

  const received: Referral = {
    associationId: '',
    id: '',
    participantId: '',
    municipalityId: municipality.id,
    projectId: project.id,
    referredBy: referredBy ?? '',
    referrerOrganisation: organisation,
    receivedOn,
    state: 'received',
    decisions: [],
    version: 1,
  };
  const decision = decisionOf(received, { text, date, fail }, lookups.decider);
  if (decision === 'invalid') return err(errors);
  return ok({
    row,
    personnummer: pnr,
    municipalityId: municipality.id,
    projectId: project.id,
    referrerOrganisation: organisation,
    referredBy,
    receivedOn,
    decision,
  });
}

type Reader = Pick<ReturnType<typeof rowReader>, 'text' | 'date' | 'fail'>;

/** The row's decision (null: pending), through the referral's state machine. */
function decisionOf(
  received: Referral,
  { text, date, fail }: Reader,
  decider: ReferralActor | null,
): ReferralDecision | null | 'invalid' {
  const pending =
    text('decision') === '' || pendingNames.includes(text('decision').toLocaleLowerCase('sv'));
  if (pending && text('decidedOn') === '' && text('decisionNote') === '') return null;
  if (text('decision') === '') return fail('decision', 'IMPORT.DECISION_INCOMPLETE') ?? 'invalid';
  if (text('decidedOn') === '') return fail('decidedOn', 'IMPORT.DECISION_INCOMPLETE') ?? 'invalid';
  const action = pickValue(decisionNames, text('decision'));
  const decidedOn = date('decidedOn', true);
  if (!action) fail('decision', 'IMPORT.UNKNOWN_DECISION');
  if (text('decisionNote').length > NOTE_MAX) fail('decisionNote', 'IMPORT.NOTE_LENGTH');
  if (!decider) fail('decision', 'IMPORT.NO_DECIDER');
  if (!action || !decidedOn || !decider || text('decisionNote').length > NOTE_MAX) return 'invalid';
  const decided = decideReferral(received, {
    action,
    actor: decider,
    decidedOn,
    note: text('decisionNote'),
  });
  if (!decided.ok)
    return (
      fail(decided.error.field === 'decidedOn' ? 'decidedOn' : 'decision', decided.error.code) ??
      'invalid'
    );
  return decided.value.decisions[0] ?? null;
}
