import { createHash } from 'node:crypto';
import { DEMO_ASSOCIATION_ID } from '@finsam-se/persistence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, codesOf, type Harness } from './support/gateway-harness.js';
import { type Table, startSurveyWorld } from './support/survey-world.js';

const REPORT = `query Survey($filter: ReportFilter!) {
  surveyReport(filter: $filter) { title notes csv rows { key label cells { column count share value suppressed } } }
}`;
const CREATE = `mutation Create($enrollmentId: UUID!, $questionnaireId: UUID!, $trigger: SurveyTrigger!, $anonymous: Boolean) {
  createSurveyInvitation(enrollmentId: $enrollmentId, questionnaireId: $questionnaireId, trigger: $trigger, anonymous: $anonymous) {
    id path expiresAt usedAt trigger respondent anonymous
  }
}`;
const FORM = `query Form($token: String!) {
  surveyByToken(token: $token) { titleSv respondent anonymous expiresAt questions { key scale textSv textEn required agreeFrom metric } }
}`;
const SUBMIT = `mutation Submit($token: String!, $answers: [SurveyAnswerInput!]!) {
  submitSurveyResponse(token: $token, answers: $answers)
}`;
const RESPONSES = `query Responses($enrollmentId: UUID!) {
  surveyResponses(enrollmentId: $enrollmentId) { id channel trigger answeredOn answers { question value } }
}`;

const AGREEING = [
  { question: 'organised_around_needs', value: 5 },
  { question: 'closer_to_labour_market', value: 4 },
  { question: 'well_treated', value: 1 },
];

let h: Harness;
let coach: Client;
let steering: Client;
let enrollmentId: string;
let otherEnrollmentId: string;
let participantName: string;
let projectId: string;
let questionnaireId: string;
const year = new Date().getUTCFullYear();
const filter = () => ({ projectId, from: `${year}-01-01`, to: `${year + 1}-01-01` });

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return h.db.database.withOwner((tx) => tx.query<T>(text, params));
}

async function report(client: Client, extra: Record<string, unknown> = {}) {
  const response = await client.gql<{ surveyReport: Table }>(REPORT, {
    filter: { ...filter(), ...extra },
  });
  return { response, table: response.body.data?.surveyReport };
}

const cell = (table: Table | undefined, row: string, column: string) =>
  table?.rows.find((r) => r.key === row)?.cells.find((c) => c.column === column);

async function invite(client: Client, id = enrollmentId, anonymous = false) {
  const response = await client.gql<{ createSurveyInvitation: { path: string; id: string } }>(
    CREATE,
    { enrollmentId: id, questionnaireId, trigger: 'DISCHARGE', anonymous },
  );
  const path = response.body.data?.createSurveyInvitation.path ?? '';
  return {
    response,
    path,
    token: path.replace('/survey/', ''),
    id: response.body.data?.createSurveyInvitation.id ?? '',
  };
}

beforeAll(async () => {
  ({
    h,
    coach,
    steering,
    enrollmentId,
    otherEnrollmentId,
    participantName,
    projectId,
    questionnaireId,
  } = await startSurveyWorld());
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('one-time survey link', () => {
  it('invitation → public answer → second use refused → figure updated', async () => {
    const before = (await report(steering)).table;
    const goal = 'goal:satisfied_participants';
    const respondentsBefore = cell(before, goal, 'respondents')?.count ?? 0;
    const invitedBefore = cell(before, goal, 'invited')?.count ?? 0;
    const answeredBefore = cell(before, goal, 'answered_link')?.count ?? 0;
    const agreeingBefore = cell(before, goal, 'agreeing')?.count ?? 0;
    // Höglandet's project states no survey goal, so none is shown (not another förbund's
    // 80 %); a goal the project registers is the one shown (issue 17). The invitation below
    // is a write, which clears the report cache before the second report.
    expect(cell(before, goal, 'goal')?.value ?? null).toBeNull();
    await sql(
      `INSERT INTO goals (association_id, project_id, metric, target, starts_on, ends_on, description)
       SELECT association_id, id, 'satisfied_participants', 7000, starts_on, ends_on, 'Projektets eget mål.'
       FROM projects WHERE id = $1`,
      [projectId],
    );

    const { response, path, token, id } = await invite(coach);
    expect(codesOf(response)).toEqual([]);
    expect(path).toMatch(/^\/survey\/[A-Za-z0-9_-]{43}$/);
    // Only the SHA-256 of the token's bytes is stored, never the token.
    const [stored] = await sql<{ token_hash: Buffer; row: string }>(
      'SELECT token_hash, to_jsonb(i)::text AS row FROM survey_invitations i WHERE id = $1',
      [id],
    );
    expect(
      stored?.token_hash.equals(
        createHash('sha256').update(Buffer.from(token, 'base64url')).digest(),
      ),
    ).toBe(true);
    expect(stored?.row).not.toContain(token);

    // The public page: no session, questions only, nothing about the person.
    const form = await h.anonymous.gql<{ surveyByToken: { questions: { key: string }[] } }>(FORM, {
      token,
    });
    expect(codesOf(form)).toEqual([]);
    expect(form.body.data?.surveyByToken.questions.map((q) => q.key)).toContain(
      'organised_around_needs',
    );
    expect(form.text).not.toContain(participantName.split(' ')[0]);
    expect(form.text).not.toContain(enrollmentId);

    const submit = await h.anonymous.gql(SUBMIT, { token, answers: AGREEING });
    expect(codesOf(submit)).toEqual([]);
    expect(submit.body.data).toEqual({ submitSurveyResponse: true });

    const again = await h.anonymous.gql(SUBMIT, { token, answers: AGREEING });
    expect(codesOf(again)).toEqual(['NOT_FOUND']);
    expect(codesOf(await h.anonymous.gql(FORM, { token }))).toEqual(['NOT_FOUND']);

    // Computed by hand: one more link, answered, one more respondent who agrees.
    const after = (await report(steering)).table;
    expect(cell(after, goal, 'invited')?.count).toBe(invitedBefore + 1);
    expect(cell(after, goal, 'answered_link')?.count).toBe(answeredBefore + 1);
    expect(cell(after, goal, 'respondents')?.count).toBe(respondentsBefore + 1);
    expect(cell(after, goal, 'agreeing')?.count).toBe(agreeingBefore + 1);
    expect(cell(after, goal, 'goal')?.value).toBe(0.7);
    expect(cell(after, 'goal:closer_to_labour_market', 'goal')?.value ?? null).toBeNull();
    const share = cell(after, goal, 'agreeing')?.share ?? 0;
    expect(share).toBeCloseTo((agreeingBefore + 1) / (respondentsBefore + 1), 10);
    expect(cell(after, goal, 'vs_goal_pp')?.value).toBeCloseTo((share - 0.7) * 100, 6);

    // The coach sees the answer on the enrollment.
    const answers = await coach.gql<{
      surveyResponses: { channel: string; answers: { question: string; value: number }[] }[];
    }>(RESPONSES, { enrollmentId });
    const link = answers.body.data?.surveyResponses.find((r) => r.channel === 'link');
    expect(link?.answers).toContainEqual({ question: 'organised_around_needs', value: 5 });
  });

  it('refuses an unknown, malformed or expired link with NOT_FOUND', async () => {
    expect(codesOf(await h.anonymous.gql(FORM, { token: 'x' }))).toEqual(['NOT_FOUND']);
    expect(codesOf(await h.anonymous.gql(FORM, { token: 'A'.repeat(43) }))).toEqual(['NOT_FOUND']);
    const { token, id } = await invite(coach);
    await sql(
      `UPDATE survey_invitations SET expires_at = now() - interval '1 minute', created_at = now() - interval '31 days' WHERE id = $1`,
      [id],
    );
    expect(codesOf(await h.anonymous.gql(FORM, { token }))).toEqual(['NOT_FOUND']);
    expect(codesOf(await h.anonymous.gql(SUBMIT, { token, answers: AGREEING }))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('rejects invalid answers without using up the link; anonymous answers keep only gender, year, municipality', async () => {
    const { token, id } = await invite(coach, enrollmentId, true);
    const bad = await h.anonymous.gql(SUBMIT, {
      token,
      answers: [{ question: 'organised_around_needs', value: 9 }, ...AGREEING.slice(1)],
    });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({
      field: 'answers.organised_around_needs',
      reason: 'SURVEY.ANSWER',
    });
    const missing = await h.anonymous.gql(SUBMIT, { token, answers: AGREEING.slice(0, 1) });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.body.errors?.[0]?.extensions?.reason).toBe('SURVEY.REQUIRED');
    const anonymousRows = () =>
      sql<{
        enrollment_id: string | null;
        invitation_id: string | null;
        answered_on: string | null;
        recorded_by: string | null;
        gender: string;
        year: number;
      }>(
        `SELECT enrollment_id, invitation_id, answered_on, recorded_by, gender, year FROM survey_responses
         WHERE anonymous AND channel = 'link' AND year = $1`,
        [year],
      );
    const before = (await anonymousRows()).length;
    expect(codesOf(await h.anonymous.gql(SUBMIT, { token, answers: AGREEING }))).toEqual([]);
    const rows = await anonymousRows();
    expect(rows).toHaveLength(before + 1);
    for (const row of rows) {
      expect(row).toMatchObject({
        enrollment_id: null,
        invitation_id: null,
        answered_on: null,
        recorded_by: null,
        year,
      });
      expect(row.gender).toMatch(/^(female|male|other)$/);
    }
    const [used] = await sql<{ used: boolean }>(
      'SELECT used_at IS NOT NULL AS used FROM survey_invitations WHERE id = $1',
      [id],
    );
    expect(used?.used).toBe(true);
  });

  it('answers cannot be changed or deleted by the application role', async () => {
    for (const statement of [
      `UPDATE survey_responses SET answers = '{}'::jsonb`,
      'DELETE FROM survey_responses',
    ]) {
      await expect(
        h.db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) => tx.query(statement)),
      ).rejects.toThrow();
    }
    const [count] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM survey_responses WHERE answers = '{}'::jsonb`,
    );
    expect(count?.n).toBe(0);
  });
});

describe('who sees answers', () => {
  it('the coach sees own participants only; steering, chief and external see no individual answers', async () => {
    expect(codesOf(await coach.gql(RESPONSES, { enrollmentId: otherEnrollmentId }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codesOf((await invite(coach, otherEnrollmentId)).response)).toEqual(['NOT_FOUND']);
    for (const role of ['steering', 'board', 'municipal_chief', 'external', 'referrer'] as const) {
      const client = await h.as(role);
      expect(codesOf(await client.gql(RESPONSES, { enrollmentId }))).toEqual(['FORBIDDEN']);
    }
    const manager = await h.as('manager');
    const seen = await manager.gql<{ surveyResponses: unknown[] }>(RESPONSES, { enrollmentId });
    expect(seen.body.data?.surveyResponses.length).toBeGreaterThan(0);
    expect(codesOf(await h.anonymous.gql(RESPONSES, { enrollmentId }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('external gets only the suppressed aggregate', async () => {
    const external = await h.as('external');
    // Another förbund (Södra Vätterbygden) names Höglandet to read its published figures.
    const { response, table } = await report(external, { associationId: DEMO_ASSOCIATION_ID });
    expect(codesOf(response)).toEqual([]);
    expect(table?.notes.join(' ')).toContain('Röjandeskydd (k = 5)');
    const counts = table?.rows.flatMap((r) => r.cells).filter((c) => c.count !== null) ?? [];
    expect(counts.every((c) => c.count === 0 || (c.count ?? 0) >= 5)).toBe(true);
    expect(table?.rows.some((r) => r.cells.some((c) => c.suppressed))).toBe(true);
  });

  it('a coach’s figure covers own participants; a referrer gets none', async () => {
    const own = await report(coach);
    expect(codesOf(own.response)).toEqual([]);
    expect(own.table?.notes.join(' ')).toContain('Endast dina egna deltagare');
    expect(codesOf((await report(await h.as('referrer'))).response)).toEqual(['FORBIDDEN']);
  });

  it('records answers given on paper, counted in the figure but not in the response rate', async () => {
    const before = (await report(steering)).table;
    const goal = 'goal:satisfied_participants';
    const recorded = await coach.gql<{ recordSurveyResponse: { channel: string } }>(
      `mutation R($enrollmentId: UUID!, $questionnaireId: UUID!, $answeredOn: LocalDate!, $answers: [SurveyAnswerInput!]!) {
        recordSurveyResponse(enrollmentId: $enrollmentId, questionnaireId: $questionnaireId, trigger: YEAR_END, answeredOn: $answeredOn, answers: $answers) { channel }
      }`,
      {
        enrollmentId,
        questionnaireId,
        answeredOn: new Date().toISOString().slice(0, 10),
        answers: [
          { question: 'organised_around_needs', value: 2 },
          { question: 'closer_to_labour_market', value: 4 },
          { question: 'well_treated', value: 1 },
        ],
      },
    );
    expect(codesOf(recorded)).toEqual([]);
    expect(recorded.body.data?.recordSurveyResponse.channel).toBe('paper');
    const after = (await report(steering)).table;
    expect(cell(after, goal, 'respondents')?.count).toBe(
      (cell(before, goal, 'respondents')?.count ?? 0) + 1,
    );
    expect(cell(after, goal, 'agreeing')?.count).toBe(cell(before, goal, 'agreeing')?.count);
    expect(cell(after, goal, 'invited')?.count).toBe(cell(before, goal, 'invited')?.count);
  });
});
