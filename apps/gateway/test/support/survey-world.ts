import { type Client, type Harness, startHarness } from './gateway-harness.js';

/** A report table as the survey suites read it. */
export type Cell = {
  column: string;
  count: number | null;
  share: number | null;
  value: number | null;
  suppressed: boolean;
};
export type Table = {
  title: string;
  notes: string[];
  csv: string;
  rows: { key: string; label: string; cells: Cell[] }[];
};

/** The demo's coach and steering group, an open enrollment of the coach and one of another coach. */
export type SurveyWorld = {
  readonly h: Harness;
  readonly coach: Client;
  readonly steering: Client;
  readonly enrollmentId: string;
  readonly otherEnrollmentId: string;
  readonly participantId: string;
  readonly participantName: string;
  readonly projectId: string;
  readonly questionnaireId: string;
};

const sql =
  (h: Harness) =>
  <T>(text: string, params: unknown[] = []): Promise<T[]> =>
    h.db.database.withOwner((tx) => tx.query<T>(text, params));

/** Starts a gateway over the demo and finds what the survey suites work on. */
export async function startSurveyWorld(): Promise<SurveyWorld> {
  const h = await startHarness();
  const coach = await h.as('coach');
  const steering = await h.as('steering');
  const me = await coach.gql<{ me: { coachId: string } }>('{ me { coachId } }');
  const coachId = me.body.data?.me.coachId;
  const [own] = await sql(h)<{
    id: string;
    participant_id: string;
    project_id: string;
    name: string;
  }>(
    `SELECT e.id, e.participant_id, e.project_id, p.first_name || ' ' || p.last_name AS name
     FROM enrollments e JOIN participants p ON p.association_id = e.association_id AND p.id = e.participant_id
     WHERE e.coach_id = $1 AND e.discharged_on IS NULL ORDER BY e.enrolled_on DESC LIMIT 1`,
    [coachId],
  );
  const [other] = await sql(h)<{ id: string }>(
    `SELECT id FROM enrollments WHERE coach_id <> $1 AND discharged_on IS NULL LIMIT 1`,
    [coachId],
  );
  if (!own || !other) throw new Error('demo data');

  const list = await coach.gql<{ questionnaires: { id: string; key: string; latest: boolean }[] }>(
    '{ questionnaires { id key latest } }',
  );
  const q = list.body.data?.questionnaires.find(
    (x) => x.key === 'participant_satisfaction' && x.latest,
  );
  if (!q) throw new Error(`no questionnaire: ${list.text}`);
  return {
    h,
    coach,
    steering,
    enrollmentId: own.id,
    otherEnrollmentId: other.id,
    participantId: own.participant_id,
    participantName: own.name,
    projectId: own.project_id,
    questionnaireId: q.id,
  };
}
