import { ref, sameCount } from './declared-relations.js';
import {
  type Answers,
  type Gender,
  type QuestionnaireDefinition,
  type SurveyGoalMetric,
  agrees,
  genders,
  goalAgreementOf,
  surveyGoalMetrics,
} from '@finsam-se/domain';
import { genderLabels, nameLabel, totalLabel } from './labels.js';
import type { Labels } from './rows.js';
import { percentagePoints, ratio } from './stats.js';
import {
  type Cell,
  type Column,
  type Label,
  type Row,
  type Table,
  countCell,
  valueCell,
  withShares,
} from './table.js';

/** One submitted survey response (anonymous ones keep only gender, year and municipality). */
export type SurveyResponseRow = {
  readonly questionnaire: QuestionnaireDefinition;
  readonly answers: Answers;
  /** Null for employers (an organisation has no gender). */
  readonly gender: Gender | null;
  readonly municipalityId: string | null;
};

/** One invitation sent through a one-time link, answered or not. */
export type SurveyInvitationRow = {
  readonly questionnaire: QuestionnaireDefinition;
  readonly answered: boolean;
  readonly gender: Gender | null;
  readonly municipalityId: string | null;
};

export type SurveyReportOptions = {
  /** Target share in [0, 1] per goal (goals are data; the caller resolves them). */
  readonly targets: Readonly<Partial<Record<SurveyGoalMetric, number>>>;
  /** Municipality names. */
  readonly labels?: Labels;
  /** Period text for the definition, e.g. `2024-01-01–2025-01-01`. */
  readonly periodText: string;
};

export const surveyMetricLabels: Readonly<Record<SurveyGoalMetric, Label>> = {
  satisfied_participants: {
    sv: 'Deltagare: stödet utgår från mina behov',
    en: 'Participants: support organised around my needs',
  },
  satisfied_employers: {
    sv: 'Arbetsgivare: stödet utgår från våra behov',
    en: 'Employers: support organised around our needs',
  },
  closer_to_labour_market: {
    sv: 'Deltagare: närmare arbetsmarknaden',
    en: 'Participants: closer to the labour market',
  },
};

const surveyColumns: readonly Column[] = [
  {
    key: 'invited',
    label: { sv: 'Inbjudna via länk', en: 'Invited by link' },
    kind: 'count',
    unit: 'persons',
    sumOf: ['answered_link', 'no_response'],
  },
  {
    key: 'answered_link',
    label: { sv: 'Svarat via länk (svarsfrekvens)', en: 'Answered by link (response rate)' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'invited',
  },
  {
    key: 'no_response',
    label: { sv: 'Bortfall (ej svarat)', en: 'Non-response' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'invited',
  },
  {
    key: 'respondents',
    label: { sv: 'Svarande (länk och papper)', en: 'Respondents (link and paper)' },
    kind: 'count',
    unit: 'persons',
    sumOf: ['agreeing', 'not_agreeing'],
  },
  {
    key: 'agreeing',
    label: { sv: 'Instämmer', en: 'Agree' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'respondents',
  },
  {
    key: 'not_agreeing',
    label: { sv: 'Instämmer inte', en: 'Do not agree' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'respondents',
  },
  { key: 'goal', label: { sv: 'Mål', en: 'Goal' }, kind: 'value', unit: 'share' },
  {
    key: 'vs_goal_pp',
    label: { sv: 'Skillnad mot mål (procentenheter)', en: 'Versus goal (percentage points)' },
    kind: 'value',
    unit: 'percentage_points',
    derivedFrom: ['agreeing'],
  },
];

const UNKNOWN = 'unknown';
const unknownLabel: Label = { sv: 'Okänt / ej tillämpligt', en: 'Unknown / not applicable' };

type Tally = { invited: number; answeredLink: number; respondents: number; agreeing: number };
const empty = (): Tally => ({ invited: 0, answeredLink: 0, respondents: 0, agreeing: 0 });

function goalCells(tally: Tally, target: number | undefined): Record<string, Cell> {
  const cells: Record<string, Cell> = {
    invited: countCell(tally.invited),
    answered_link: countCell(tally.answeredLink),
    no_response: countCell(tally.invited - tally.answeredLink),
    respondents: countCell(tally.respondents),
    agreeing: countCell(tally.agreeing),
    not_agreeing: countCell(tally.respondents - tally.agreeing),
    goal: valueCell(target ?? null),
    vs_goal_pp: valueCell(
      percentagePoints(ratio(tally.agreeing, tally.respondents), target),
      tally.respondents,
    ),
  };
  return withShares(surveyColumns, cells);
}

const feeds = (questionnaire: QuestionnaireDefinition, metric: SurveyGoalMetric) =>
  questionnaire.questions.some((q) => q.metric === metric);

/**
 * Surveys against their goals. Per goal (80 % satisfied, 95 % closer to the labour market):
 * respondents who answered a question feeding the goal, those agreeing on every such
 * question they answered, the share against the target; invitations by link, answered
 * and not (response rate and non-response); by gender and by municipality, each group
 * with its own total row. Then every question of every questionnaire version: share
 * agreeing (≥ its threshold) of those who answered it. Skipped answers are not counted.
 */
export function surveyReport(
  responses: readonly SurveyResponseRow[],
  invitations: readonly SurveyInvitationRow[],
  options: SurveyReportOptions,
): Table {
  const rows: Row[] = [];
  const metrics = surveyGoalMetrics.filter(
    (metric) =>
      responses.some((r) => feeds(r.questionnaire, metric)) ||
      invitations.some((i) => feeds(i.questionnaire, metric)) ||
      options.targets[metric] !== undefined,
  );
  for (const metric of metrics) {
    const target = options.targets[metric];
    const total = empty();
    const byGender = new Map<string, Tally>();
    const byMunicipality = new Map<string, Tally>();
    const tallies = (gender: Gender | null, municipalityId: string | null): Tally[] => {
      const g = gender ?? UNKNOWN;
      const m = municipalityId ?? UNKNOWN;
      if (!byGender.has(g)) byGender.set(g, empty());
      if (!byMunicipality.has(m)) byMunicipality.set(m, empty());
      return [total, byGender.get(g) ?? empty(), byMunicipality.get(m) ?? empty()];
    };
    for (const invitation of invitations) {
      if (!feeds(invitation.questionnaire, metric)) continue;
      for (const t of tallies(invitation.gender, invitation.municipalityId)) {
        t.invited += 1;
        if (invitation.answered) t.answeredLink += 1;
      }
    }
    for (const response of responses) {
      const agreed = goalAgreementOf(response.questionnaire, metric, response.answers);
      if (agreed === undefined) continue;
      for (const t of tallies(response.gender, response.municipalityId)) {
        t.respondents += 1;
        if (agreed) t.agreeing += 1;
      }
    }
    const label = surveyMetricLabels[metric];
    const genderGroup = `${metric}:gender`;
    const municipalityGroup = `${metric}:municipality`;
    rows.push({
      key: `goal:${metric}`,
      label,
      role: 'total',
      sumGroup: genderGroup,
      dims: { metric },
      cells: goalCells(total, target),
    });
    const genderKeys = [...genders, UNKNOWN].filter((g) => byGender.has(g));
    for (const g of genderKeys)
      rows.push({
        key: `goal:${metric}:gender:${g}`,
        label: {
          sv: `${label.sv} – ${(g === UNKNOWN ? unknownLabel : genderLabels[g as Gender]).sv}`,
          en: `${label.en} – ${(g === UNKNOWN ? unknownLabel : genderLabels[g as Gender]).en}`,
        },
        role: 'detail',
        sumGroup: genderGroup,
        dims: { metric, gender: g },
        cells: goalCells(byGender.get(g) ?? empty(), target),
      });
    rows.push({
      key: `goal:${metric}:municipality`,
      label: {
        sv: `${label.sv} – ${totalLabel.sv} alla kommuner`,
        en: `${label.en} – ${totalLabel.en} all municipalities`,
      },
      role: 'total',
      sumGroup: municipalityGroup,
      dims: { metric },
      cells: goalCells(total, target),
    });
    const municipalityKeys = [...byMunicipality.keys()].sort((a, b) => {
      const la = a === UNKNOWN ? '\uffff' : nameLabel(a, options.labels).sv;
      const lb = b === UNKNOWN ? '\uffff' : nameLabel(b, options.labels).sv;
      return la.localeCompare(lb, 'sv');
    });
    for (const m of municipalityKeys) {
      const name = m === UNKNOWN ? unknownLabel : nameLabel(m, options.labels);
      rows.push({
        key: `goal:${metric}:municipality:${m}`,
        label: { sv: `${label.sv} – ${name.sv}`, en: `${label.en} – ${name.en}` },
        role: 'detail',
        sumGroup: municipalityGroup,
        dims: { metric, municipalityId: m },
        cells: goalCells(byMunicipality.get(m) ?? empty(), target),
      });
    }
  }

  // Every question of every questionnaire version that has responses.
  const versions = new Map<string, QuestionnaireDefinition>();
  for (const r of responses)
    versions.set(`${r.questionnaire.key}:${r.questionnaire.version}`, r.questionnaire);
  const ordered = [...versions.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [versionKey, questionnaire] of ordered) {
    const own = responses.filter(
      (r) => `${r.questionnaire.key}:${r.questionnaire.version}` === versionKey,
    );
    for (const question of questionnaire.questions) {
      let answered = 0;
      let agreeing = 0;
      for (const r of own) {
        const value = r.answers[question.key] ?? null;
        if (value === null) continue;
        answered += 1;
        if (agrees(question, value)) agreeing += 1;
      }
      const target = question.metric ? options.targets[question.metric] : undefined;
      const cells: Record<string, Cell> = {
        respondents: countCell(answered),
        agreeing: countCell(agreeing),
        not_agreeing: countCell(answered - agreeing),
        goal: valueCell(target ?? null),
        vs_goal_pp: valueCell(percentagePoints(ratio(agreeing, answered), target), answered),
      };
      rows.push({
        key: `question:${versionKey}:${question.key}`,
        label: {
          sv: `${questionnaire.title.sv} (v${questionnaire.version}): ${question.text.sv}`,
          en: `${questionnaire.title.en} (v${questionnaire.version}): ${question.text.en}`,
        },
        role: 'detail',
        dims: {
          questionnaire: questionnaire.key,
          version: String(questionnaire.version),
          question: question.key,
        },
        cells: withShares(surveyColumns, cells),
      });
    }
  }

  return {
    id: 'survey',
    title: {
      sv: 'Enkäter: andel som instämmer mot målen',
      en: 'Surveys: share agreeing against goals',
    },
    dimension: { sv: 'Mål / fråga', en: 'Goal / question' },
    definition: {
      sv: `Svar ${options.periodText}. Andel som instämmer (t.ex. 4–5 på en femgradig skala, ja, 7–10 av 10) bland dem som besvarat frågan; för ett mål: bland dem som besvarat någon fråga till målet, och instämt i alla sådana. Svarsfrekvens = besvarade länkar av skickade länkar; bortfall = ej besvarade (även ännu öppna). Pappersvar räknas bland svarande men inte i svarsfrekvensen.`,
      en: `Responses ${options.periodText}. Share agreeing (e.g. 4–5 on a five-point scale, yes, 7–10 of 10) among those who answered the question; for a goal: among those who answered any question feeding it, agreeing on all of them. Response rate = links answered of links sent; non-response = not answered (including still open). Paper answers count among respondents but not in the response rate.`,
    },
    columns: surveyColumns,
    // Each goal's total appears twice (over genders, over municipalities): the same people.
    relations: rows
      .filter((row) => row.role === 'total' && row.key.endsWith(':municipality'))
      .flatMap((row) =>
        surveyColumns
          .filter((column) => column.kind === 'count')
          .map((column) =>
            sameCount(
              ref(row.key, column.key),
              ref(row.key.slice(0, -':municipality'.length), column.key),
            ),
          ),
      ),
    rows,
  };
}
