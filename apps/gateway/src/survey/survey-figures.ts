import {
  type QuestionnaireDefinition,
  type SurveyGoalMetric,
  Period,
  findAssessmentDefinition,
  surveyGoalMetrics,
} from '@finsam-se/domain';
import { type ReportScope, type TenantTx, surveyRepository } from '@finsam-se/persistence';
import {
  type Labels,
  type Table,
  assessmentChangeReport,
  surveyReport,
} from '@finsam-se/reporting';
import type { ReportQuery } from '../report/report.filter.js';
import { type ReportNote, reportNotes } from '../shared/report-notes.js';

/** What a figure needs of a report run (see report.service.ts). */
type FigureRun = {
  readonly access: { readonly coachId?: string };
  readonly query: ReportQuery;
  readonly scope: ReportScope;
};
type Loaded = { readonly table: Table; readonly notes?: readonly ReportNote[] };
type Lookups = {
  /** The project's goal for a metric; `note` set when none is registered. */
  readonly goal: (metric: SurveyGoalMetric) => Promise<{ share: number; note?: ReportNote }>;
  readonly labels: () => Promise<Labels>;
};

/**
 * The survey figure for a report run: answers and links in the reader's scope (a coach:
 * own participants' named answers only), targets from the project's goals (else the
 * seeds' 80 % / 95 %), municipality names.
 */
export async function surveyFigure(
  tx: TenantTx,
  run: FigureRun,
  lookups: Lookups,
): Promise<Loaded> {
  const rows = await surveyRepository.figureRows(tx, { ...run.scope, period: run.query.period });
  const ids = new Set([
    ...rows.responses.map((r) => r.questionnaireId),
    ...rows.invitations.map((i) => i.questionnaireId),
  ]);
  const questionnaires = new Map<string, QuestionnaireDefinition>(
    (await surveyRepository.findQuestionnairesByIds(tx, [...ids])).map((q) => [q.id, q]),
  );
  const { gender } = run.query;
  const keep = (row: { gender: string | null }) => gender === undefined || row.gender === gender;
  const responses = rows.responses.filter(keep).flatMap((r) => {
    const questionnaire = questionnaires.get(r.questionnaireId);
    return questionnaire ? [{ ...r, questionnaire }] : [];
  });
  const invitations = rows.invitations.filter(keep).flatMap((i) => {
    const questionnaire = questionnaires.get(i.questionnaireId);
    return questionnaire ? [{ ...i, questionnaire }] : [];
  });
  const targets: Partial<Record<SurveyGoalMetric, number>> = {};
  const notes: ReportNote[] = [];
  for (const metric of surveyGoalMetrics) {
    const goal = await lookups.goal(metric);
    // A goal shown for a project is that project's own goal: with none registered the
    // figure has no goal (never another förbund's, issue 17).
    if (goal.note) notes.push(reportNotes.noSurveyGoal(metric));
    else targets[metric] = goal.share;
  }
  if (run.access.coachId) notes.push(reportNotes.ownNamedAnswersOnly);
  notes.push(reportNotes.anonymousAnswers);
  return {
    table: surveyReport(responses, invitations, {
      targets,
      labels: await lookups.labels(),
      periodText: Period.format(run.query.period),
    }),
    notes,
  };
}

/** Aggregated change of an assessment (DOA-style by default); never the free-text note. */
export async function assessmentChangeFigure(tx: TenantTx, run: FigureRun): Promise<Loaded> {
  const definition = findAssessmentDefinition(run.query.groupBy ?? 'doa_self_rating');
  if (!definition) throw new Error('unknown assessment definition');
  const rows = (
    await surveyRepository.assessmentRows(tx, { ...run.scope, period: run.query.period })
  ).filter((r) => run.query.gender === undefined || r.gender === run.query.gender);
  return {
    table: assessmentChangeReport(rows, definition, {
      periodText: Period.format(run.query.period),
    }),
  };
}
