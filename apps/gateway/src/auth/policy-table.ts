import type { Role } from '@finsam-se/domain';

/**
 * How far an allowed action reaches (docs/adr/0005-one-access-policy.md):
 * - `none`: refused (FORBIDDEN);
 * - `own`: a coach's own people (their enrollments and the people they registered), a
 *   referrer's own referrals, a user's own session;
 * - `municipality`: the user's municipality (a municipal chief's, a coach's post);
 * - `association`: the whole association;
 * - `aggregates`: published figures only, protected against disclosure (k = 5), never a
 *   row about a coach or a person (another förbund).
 */
export const scopes = ['none', 'own', 'municipality', 'association', 'aggregates'] as const;
export type Scope = (typeof scopes)[number];

type Grant = Readonly<Record<Role, Scope>>;

const NOBODY: Grant = {
  board: 'none',
  steering: 'none',
  manager: 'none',
  municipal_chief: 'none',
  coach: 'none',
  referrer: 'none',
  external: 'none',
};
/** Every role not named is refused. */
const grant = (allowed: Partial<Record<Role, Scope>>): Grant => ({ ...NOBODY, ...allowed });

/** Reads people (participants and every list naming them); the board does not (figures only). */
const PEOPLE_READERS = grant({
  steering: 'association',
  manager: 'association',
  municipal_chief: 'municipality',
  coach: 'own',
});
/** Registers and rectifies people and keeps their enrollments: the steering group steers, it does not. */
const PEOPLE_KEEPERS = grant({
  manager: 'association',
  municipal_chief: 'municipality',
  coach: 'own',
});
/** Everyone of the association but the referrer and another förbund. */
const STAFF = grant({
  board: 'association',
  steering: 'association',
  manager: 'association',
  municipal_chief: 'association',
  coach: 'association',
});
/** The association's code lists and organisation: staff, and the referrer who must pick a municipality. */
const STAFF_AND_REFERRER = grant({ ...STAFF, referrer: 'association' });
/** Governance figures (decisions, attestations, reallocation): no coach, no referrer. */
const GOVERNANCE = grant({
  board: 'association',
  steering: 'association',
  manager: 'association',
  municipal_chief: 'association',
});
const MANAGER_ONLY = grant({ manager: 'association' });
/** The board's documents: the board, the steering group, the manager, and another förbund's published figures. */
const BOARD_DOCUMENTS = grant({
  board: 'association',
  steering: 'association',
  manager: 'association',
  external: 'aggregates',
});
/** The SE group's meetings: the chief and coaches of the municipality, the manager everywhere. */
const MUNICIPAL_WORK = grant({
  manager: 'association',
  municipal_chief: 'municipality',
  coach: 'municipality',
});

/**
 * THE access policy: resource → action → role → scope. Every service asks it through
 * `authorize` / `scopeFilter` (authorize.ts); `me { permissions }` hands it to the admin;
 * docs/api.md and docs/personal-data.md print it (`npm run docs:policy`); the role-matrix
 * test is generated from it. Actions are named `resource.verb`.
 */
export const POLICY = {
  session: {
    /** me, refreshSession, logout: every signed-in user, about themselves. */
    use: grant({
      board: 'own',
      steering: 'own',
      manager: 'own',
      municipal_chief: 'own',
      coach: 'own',
      referrer: 'own',
      external: 'own',
    }),
  },
  municipality: { read: STAFF_AND_REFERRER },
  project: { read: STAFF_AND_REFERRER },
  post: { read: STAFF },
  coach: {
    read: STAFF,
    /** A chief keeps the coaches of their own municipality. */
    write: grant({ manager: 'association', municipal_chief: 'municipality' }),
  },
  participant: {
    read: PEOPLE_READERS,
    write: PEOPLE_KEEPERS,
    /**
     * Variant of `read`: the personnummer in clear. Others see ÅÅÅÅMMDD-****; the chief
     * and the steering group do not need the number to do their work.
     */
    readPersonnummer: grant({ manager: 'association', coach: 'own' }),
    /** The register extract, erasure and the SUS export: the data controller's tasks. */
    extract: MANAGER_ONLY,
    erase: MANAGER_ONLY,
    export: MANAGER_ONLY,
  },
  consent: {
    read: PEOPLE_READERS,
    /**
     * Variant of `participant.write`: consent is given to the coach who works with the
     * person (or recorded by the manager); the chief does not meet participants.
     */
    write: grant({ manager: 'association', coach: 'own' }),
  },
  referral: {
    /** A referrer: their own referrals, state only; a coach: own and awaiting their SE group. */
    read: grant({ ...PEOPLE_READERS, referrer: 'own' }),
    create: grant({ ...PEOPLE_KEEPERS, referrer: 'own' }),
    /** Accept, not now, decline, escalate: at the SE group's meeting. */
    decide: PEOPLE_KEEPERS,
  },
  seGroupMeeting: {
    /** The board and steering group see the meetings' cadence; chief and coach their municipality. */
    read: grant({ ...STAFF, municipal_chief: 'municipality', coach: 'municipality' }),
    write: MUNICIPAL_WORK,
  },
  enrollment: { read: PEOPLE_READERS, write: PEOPLE_KEEPERS },
  placement: { read: PEOPLE_READERS, write: PEOPLE_KEEPERS },
  followUp: { read: PEOPLE_READERS, write: PEOPLE_KEEPERS },
  employer: {
    read: STAFF,
    write: grant({
      manager: 'association',
      municipal_chief: 'municipality',
      coach: 'municipality',
    }),
  },
  questionnaire: {
    /** Questionnaires and assessment instruments: code lists for every staff role. */
    read: STAFF,
    write: MANAGER_ONLY,
  },
  survey: {
    /** Invitations (send and list) and paper answers recorded on the person's behalf. */
    send: PEOPLE_KEEPERS,
    /**
     * Variant of `send`: the answers themselves. The chief sends invitations for the
     * municipality but the answers stay with the person's coach and the manager.
     */
    readAnswers: grant({ manager: 'association', coach: 'own' }),
  },
  assessment: {
    read: grant({ manager: 'association', coach: 'own' }),
    record: grant({ manager: 'association', coach: 'own' }),
  },
  attestation: {
    read: grant({ ...GOVERNANCE, municipal_chief: 'municipality' }),
    /** The half-year's attestation is the municipal chief's signature for their municipality. */
    sign: grant({ municipal_chief: 'municipality' }),
  },
  dashboard: { read: grant({ ...GOVERNANCE, municipal_chief: 'municipality' }) },
  reallocation: {
    read: GOVERNANCE,
    /** Variant of `read`: the caseload series names a chief's own municipality only. */
    readCaseload: grant({ ...GOVERNANCE, municipal_chief: 'municipality' }),
    decide: grant({ steering: 'association', manager: 'association' }),
    /** The board approves or rejects what the steering group proposed above its delegation. */
    review: grant({ board: 'association' }),
    /** Min/max and the caseload window; who decides (delegation) is the manager's alone (checked in the service). */
    configure: grant({ steering: 'association', manager: 'association' }),
  },
  report: {
    read: grant({
      board: 'association',
      steering: 'association',
      manager: 'association',
      municipal_chief: 'municipality',
      coach: 'own',
      external: 'aggregates',
    }),
    /**
     * Variant of `read`: costs and referral statistics are the municipality's and the
     * association's business, not a coach's (no own-people view of them exists).
     */
    readCosts: grant({
      board: 'association',
      steering: 'association',
      manager: 'association',
      municipal_chief: 'municipality',
      external: 'aggregates',
    }),
  },
  boardReport: {
    /**
     * The board's stored Delårsrapport T1/T2 and Årsrapport (issue 19): listed and downloaded
     * as produced. Another förbund produces them from published, suppressed figures only.
     */
    read: BOARD_DOCUMENTS,
    produce: BOARD_DOCUMENTS,
  },
  user: { read: MANAGER_ONLY, write: MANAGER_ONLY },
  auditLog: { read: MANAGER_ONLY },
  retention: { read: MANAGER_ONLY, write: MANAGER_ONLY, run: MANAGER_ONLY },
  /** "Att göra": a coach's own follow-ups, a chief's municipality's attestations, the manager's notices. */
  todo: { read: grant({ manager: 'association', municipal_chief: 'municipality', coach: 'own' }) },
  /** The e-mail the system wrote (the demo's outbox) and the failed scheduled jobs. */
  outbox: { read: MANAGER_ONLY },
  /** Participants and enrollments from a spreadsheet (issue 20): the whole association's register. */
  import: { run: MANAGER_ONLY },
  job: { read: MANAGER_ONLY },
} as const satisfies Record<string, Record<string, Grant>>;

export type Resource = keyof typeof POLICY;
export type Action = {
  [R in Resource]: `${R}.${Extract<keyof (typeof POLICY)[R], string>}`;
}[Resource];

/** Every action of the table, in its order. */
export const ACTIONS: readonly Action[] = (Object.keys(POLICY) as Resource[]).flatMap((resource) =>
  Object.keys(POLICY[resource]).map((verb) => `${resource}.${verb}` as Action),
);

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

/** The scope of one role for one action. */
export function scopeOf(role: Role, action: Action): Scope {
  const [resource, verb] = action.split('.') as [Resource, string];
  const grants = POLICY[resource] as Record<string, Grant>;
  return grants[verb]?.[role] ?? 'none';
}
