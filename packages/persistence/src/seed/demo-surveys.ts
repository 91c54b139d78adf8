import { builtInQuestionnaires } from '@finsam-se/domain';

type Query = (sql: string, params?: readonly unknown[]) => Promise<unknown>;

/** A deterministic pseudo-random integer 0..2^28−1 from a text (md5), in SQL. */
const h = (expression: string, salt: string) =>
  `(('x' || substr(md5(${expression} || '${salt}'), 1, 7))::bit(28)::int)`;

/** An answer on a 1–5 scale that agrees (4–5) in about `percent` % of cases. */
const likert = (expression: string, salt: string, percent: number) =>
  `CASE WHEN ${h(expression, salt)} % 100 < ${percent} THEN 4 + ${h(expression, `${salt}b`)} % 2 ELSE 1 + ${h(expression, `${salt}b`)} % 3 END`;

/**
 * Surveys and assessments of the demo (issue 10), written in the seed's transaction after
 * the generated association: the built-in questionnaires, one-time links at discharge, most answered (some anonymously) and some not (non-response),
 * employer answers on paper for part of the employments, and
 * DOA-style self-ratings at enrollment and discharge. Deterministic, except the random link hashes.
 */
export async function seedDemoSurveys(
  query: Query,
  associationId: string,
  dataUntil: string,
): Promise<void> {
  for (const q of builtInQuestionnaires) {
    await query(
      `INSERT INTO questionnaires (association_id, key, version, title_sv, title_en, respondent_kind, questions, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, '2021-01-01')`,
      [
        associationId,
        q.key,
        q.version,
        q.title.sv,
        q.title.en,
        q.respondent,
        JSON.stringify(q.questions),
      ],
    );
  }
  const current = `(SELECT id FROM projects WHERE association_id = $1 ORDER BY starts_on DESC LIMIT 1)`;
  // No survey goals here: the 80 % and 95 % goals come from other förbund's documents
  // (Efterstöd, FiA), not from Höglandet's project description (issue 17).
  const questionnaire = (key: string) =>
    `(SELECT id FROM questionnaires WHERE association_id = $1 AND key = '${key}' AND version = 1)`;
  const answeredOn = `least(e.discharged_on + (${h('e.id::text', 'day')} % 14), $2::date - 1)`;
  const pick = (salt: string) => `${h('e.id::text', salt)} % 100`;
  // Links sent at discharge to about 55 % of those discharged; about 45 % answered (the
  // rest is non-response). Nobody knows the tokens: only random hashes are stored.
  await query(
    `INSERT INTO survey_invitations (association_id, questionnaire_id, respondent_kind, enrollment_id, trigger_point, anonymous,
       token_hash, expires_at, used_at, created_by, created_at)
     SELECT e.association_id, ${questionnaire('participant_satisfaction')}, 'participant', e.id, 'discharge', ${pick('anon')} < 33,
       digest(gen_random_bytes(32), 'sha256'), e.discharged_on + 30,
       CASE WHEN ${pick('answer')} < 45 THEN ${answeredOn} + time '12:00' END, u.id, e.discharged_on
     FROM enrollments e
     JOIN LATERAL (SELECT id FROM users WHERE association_id = e.association_id AND role = 'manager' ORDER BY email LIMIT 1) u ON true
     WHERE e.association_id = $1 AND e.discharged_on IS NOT NULL AND e.discharged_on < $2::date
       AND e.project_id = ${current} AND ${pick('answer')} < 55`,
    [associationId, dataUntil],
  );
  // Their answers; a third anonymous (only gender, year and municipality kept).
  await query(
    `INSERT INTO survey_responses (association_id, questionnaire_id, respondent_kind, trigger_point, channel, anonymous, project_id,
       enrollment_id, invitation_id, answered_on, gender, year, municipality_id, answers)
     SELECT e.association_id, i.questionnaire_id, 'participant', 'discharge', 'link', i.anonymous, e.project_id,
       CASE WHEN i.anonymous THEN NULL ELSE e.id END,
       CASE WHEN i.anonymous THEN NULL ELSE i.id END,
       CASE WHEN i.anonymous THEN NULL ELSE ${answeredOn} END,
       p.gender, extract(year FROM ${answeredOn})::int, e.municipality_id,
       jsonb_build_object(
         'organised_around_needs', ${likert('e.id::text', 'needs', 77)},
         'closer_to_labour_market', ${likert('e.id::text', 'closer', 88)},
         'well_treated', CASE WHEN ${pick('treated')} < 96 THEN 1 ELSE 0 END,
         'recommend', CASE WHEN ${pick('rec')} < 30 THEN NULL ELSE 3 + ${h('e.id::text', 'recv')} % 8 END)
     FROM survey_invitations i
     JOIN enrollments e ON e.association_id = i.association_id AND e.id = i.enrollment_id
     JOIN participants p ON p.association_id = e.association_id AND p.id = e.participant_id
     WHERE i.association_id = $1 AND i.used_at IS NOT NULL`,
    [associationId, dataUntil],
  );
  // Employers: about half of the employments get an answer from the employer, on paper.
  await query(
    `INSERT INTO survey_responses (association_id, questionnaire_id, respondent_kind, trigger_point, channel, anonymous, project_id,
       enrollment_id, placement_id, answered_on, year, municipality_id, answers)
     SELECT e.association_id, ${questionnaire('employer_satisfaction')}, 'employer', 'month_3', 'paper', false, e.project_id,
       e.id, pl.id, least(pl.started_on + 90, $2::date - 1), extract(year FROM least(pl.started_on + 90, $2::date - 1))::int,
       e.municipality_id,
       jsonb_build_object(
         'organised_around_needs', ${likert('pl.id::text', 'emp', 82)},
         'reachable', CASE WHEN ${h('pl.id::text', 'reach')} % 100 < 90 THEN 1 ELSE 0 END)
     FROM placements pl JOIN enrollments e ON e.association_id = pl.association_id AND e.id = pl.enrollment_id
     WHERE pl.association_id = $1 AND pl.kind IN ('employment', 'subsidised_employment')
       AND pl.started_on + 90 < $2::date AND e.project_id = ${current}
       AND ${h('pl.id::text', 'empanswer')} % 100 < 50`,
    [associationId, dataUntil],
  );
  // DOA-style self-ratings at enrollment and (for the discharged) at discharge, usually better.
  const items = ['manage_work_tasks', 'work_pace', 'cooperation', 'routines', 'health'];
  for (const [when, offset] of [
    ['start', 0],
    ['end', 1],
  ] as const) {
    const on = when === 'start' ? 'e.enrolled_on + 7' : 'e.discharged_on';
    const score = (item: string) =>
      when === 'start'
        ? `1 + ${h('e.id::text', item)} % 3`
        : `least(5, 1 + ${h('e.id::text', item)} % 3 + ${h('e.id::text', `${item}up`)} % 3)`;
    await query(
      `WITH a AS (
         INSERT INTO assessments (association_id, participant_id, definition_key, definition_version, assessed_on, recorded_by, note)
         SELECT e.association_id, e.participant_id, 'doa_self_rating', 1, ${on}, u.id, ''
         FROM enrollments e
         JOIN LATERAL (SELECT id FROM users WHERE association_id = e.association_id AND role = 'manager' ORDER BY email LIMIT 1) u ON true
         WHERE e.association_id = $1 AND e.project_id = ${current} AND ${pick('doa')} < 40
           AND ${on} < $2::date ${offset === 1 ? 'AND e.discharged_on IS NOT NULL' : ''}
         RETURNING association_id, id, participant_id, assessed_on)
       INSERT INTO assessment_scores (association_id, assessment_id, item_key, score)
       SELECT a.association_id, a.id, item, CASE item ${items
         .map((item) => `WHEN '${item}' THEN (${score(item)})`)
         .join(' ')} END
       FROM a JOIN enrollments e ON e.association_id = a.association_id AND e.participant_id = a.participant_id
         AND ${on} = a.assessed_on AND e.project_id = ${current},
         unnest(ARRAY[${items.map((i) => `'${i}'`).join(', ')}]) AS item`,
      [associationId, dataUntil],
    );
  }
}
