import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, codesOf, type Harness } from './support/gateway-harness.js';
import { type Table, startSurveyWorld } from './support/survey-world.js';

// Questionnaire versions and assessments (split from surveys.int.test.ts, which keeps the
// one-time link and who sees answers).
let h: Harness;
let coach: Client;
let steering: Client;
let participantId: string;
let projectId: string;
let questionnaireId: string;
const year = new Date().getUTCFullYear();
const filter = () => ({ projectId, from: `${year}-01-01`, to: `${year + 1}-01-01` });

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return h.db.database.withOwner((tx) => tx.query<T>(text, params));
}

beforeAll(async () => {
  ({ h, coach, steering, participantId, projectId, questionnaireId } = await startSurveyWorld());
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('questionnaire versions', () => {
  const CREATE_VERSION = `mutation V($input: QuestionnaireInput!) {
    createQuestionnaireVersion(input: $input) { id key version latest questions { key agreeFrom } }
  }`;
  const input = {
    key: 'participant_satisfaction',
    titleSv: 'Hur upplever du stödet? (ny version)',
    titleEn: 'How do you experience the support? (new version)',
    respondent: 'PARTICIPANT',
    questions: [
      {
        key: 'organised_around_needs',
        scale: 'LIKERT5',
        textSv: 'Stödet utgår från mina behov.',
        textEn: 'Support around my needs.',
        metric: 'SATISFIED_PARTICIPANTS',
      },
    ],
  };
  it('a manager makes the next version; others may not; answers keep their version', async () => {
    expect(codesOf(await coach.gql(CREATE_VERSION, { input }))).toEqual(['FORBIDDEN']);
    expect(codesOf(await steering.gql(CREATE_VERSION, { input }))).toEqual(['FORBIDDEN']);
    const manager = await h.as('manager');
    const made = await manager.gql<{
      createQuestionnaireVersion: {
        version: number;
        latest: boolean;
        questions: { agreeFrom: number }[];
      };
    }>(CREATE_VERSION, { input });
    expect(codesOf(made)).toEqual([]);
    expect(made.body.data?.createQuestionnaireVersion).toMatchObject({
      version: 2,
      latest: true,
      questions: [{ agreeFrom: 4 }],
    });
    const bad = await manager.gql(CREATE_VERSION, {
      input: { ...input, questions: [{ ...input.questions[0], agreeFrom: 9 }] },
    });
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SURVEY.DEFINITION',
    });
    const [old] = await sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM survey_responses WHERE questionnaire_id = $1',
      [questionnaireId],
    );
    expect(old?.n).toBeGreaterThan(0);
  });
});

describe('assessments', () => {
  const RECORD = `mutation A($participantId: UUID!, $on: LocalDate!, $scores: [AssessmentScoreInput!]!, $note: String) {
    recordAssessment(participantId: $participantId, definition: "doa_self_rating", on: $on, scores: $scores, note: $note) { id note scores { item score } }
  }`;
  const scores = (v: number, health = v) => [
    { item: 'manage_work_tasks', score: v },
    { item: 'work_pace', score: v },
    { item: 'cooperation', score: v },
    { item: 'routines', score: v },
    { item: 'health', score: health },
  ];
  it('the coach records DOA-style self-ratings and sees the change over time', async () => {
    const day = (offset: number) =>
      new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);
    const first = await coach.gql(RECORD, {
      participantId,
      on: day(1),
      scores: scores(2),
      note: 'Hemligt samtal',
    });
    expect(codesOf(first)).toEqual([]);
    expect(
      codesOf(await coach.gql(RECORD, { participantId, on: day(0), scores: scores(4, 3) })),
    ).toEqual([]);
    const out = await coach.gql(RECORD, { participantId, on: day(0), scores: scores(6) });
    expect(out.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ASSESSMENT.SCORE',
    });
    const seen = await coach.gql<{
      participantAssessments: {
        changes: {
          definition: string;
          meanFirst: number;
          meanLast: number;
          meanChange: number;
          from: string;
        }[];
      };
    }>(
      `query P($id: UUID!) { participantAssessments(participantId: $id) { assessments { note } changes { definition from to meanFirst meanLast meanChange items { item change } } } }`,
      { id: participantId },
    );
    expect(codesOf(seen)).toEqual([]);
    const change = seen.body.data?.participantAssessments.changes.find(
      (c) => c.definition === 'doa_self_rating',
    );
    // By hand: last 4,4,4,4,3 → 19 / 5 = 3.8 (the seed may have added earlier ones).
    expect(change?.meanLast).toBeCloseTo(3.8, 10);
    expect(seen.text).toContain('Hemligt samtal');
  });

  it('steering sees only the aggregated change, never free text or a person', async () => {
    expect(
      codesOf(
        await steering.gql(
          `query P($id: UUID!) { participantAssessments(participantId: $id) { participantId } }`,
          { id: participantId },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const r = await steering.gql<{ assessmentChangeReport: Table }>(
      `query A($filter: ReportFilter!) { assessmentChangeReport(filter: $filter) { title csv notes rows { key cells { column count value suppressed } } } }`,
      { filter: { ...filter(), projectId: null } },
    );
    expect(codesOf(r)).toEqual([]);
    expect(r.text).not.toContain('Hemligt samtal');
    const mean = r.body.data?.assessmentChangeReport.rows.find((row) => row.key === 'mean');
    expect(mean?.cells.find((c) => c.column === 'participants')?.count).toBeGreaterThanOrEqual(1);
  });
});
