// One generated document per report; the panel picks the report by its field name.
import {
  AfterSupportReportDocument,
  AssessmentChangeReportDocument,
  CostReportDocument,
  FidelityReportDocument,
  OutcomeReportDocument,
  PhaseFunnelDocument,
  ReferralStatsDocument,
  SelfSupportingReportDocument,
  SurveyReportDocument,
  TransitionMatrixDocument,
  type ReportTableFieldsFragment,
} from './generated/graphql';

export const REPORT_DOCUMENTS = {
  outcomeReport: OutcomeReportDocument,
  transitionMatrix: TransitionMatrixDocument,
  phaseFunnel: PhaseFunnelDocument,
  referralStats: ReferralStatsDocument,
  afterSupportReport: AfterSupportReportDocument,
  costReport: CostReportDocument,
  fidelityReport: FidelityReportDocument,
  selfSupportingReport: SelfSupportingReportDocument,
  surveyReport: SurveyReportDocument,
  assessmentChangeReport: AssessmentChangeReportDocument,
} as const;

/** The gateway's report fields the panel shows. */
export type ReportName = keyof typeof REPORT_DOCUMENTS;

const REPORT_UNITS = [
  'persons',
  'count',
  'share',
  'days',
  'fte',
  'per_fte',
  'score',
  'ore',
  'percentage_points',
] as const;
/** The unit of a report column's values (the schema documents ReportColumn.unit as these). */
export type ReportUnit = (typeof REPORT_UNITS)[number];

type GeneratedColumn = ReportTableFieldsFragment['columns'][number];
export type ReportColumn = Omit<GeneratedColumn, 'unit'> & { unit: ReportUnit | undefined };
export type ReportTable = Omit<ReportTableFieldsFragment, 'columns'> & { columns: ReportColumn[] };

function isReportUnit(unit: string): unit is ReportUnit {
  return (REPORT_UNITS as readonly string[]).includes(unit);
}

/** The schema types a unit as a string: a unit the panel does not know is shown unformatted. */
export function withReportUnits(table: ReportTableFieldsFragment): ReportTable {
  return {
    ...table,
    columns: table.columns.map((c) => ({ ...c, unit: isReportUnit(c.unit) ? c.unit : undefined })),
  };
}
