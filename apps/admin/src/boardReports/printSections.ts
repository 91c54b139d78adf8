// The board report's sections, in the order the document prints them: each is one of the
// panel's reports for the project and period, or (for the association's own staff) the
// reallocation screen's figures. Sections a role may not read are printed as "not included".
import type { ReportName } from '../api/types';

export type ReportSection = {
  readonly key: string;
  readonly heading: string;
  readonly report: ReportName;
  readonly groupBy?: string;
  /** How the section's chart is drawn from its table: one bar per row of this column. */
  readonly chart?: { readonly column: string; readonly goalColumn?: string };
};

export const REPORT_SECTIONS: readonly ReportSection[] = [
  {
    key: 'outcome',
    heading: 'Utfall mot mål per kommun',
    report: 'outcomeReport',
    chart: { column: 'work_or_studies', goalColumn: 'goal' },
  },
  {
    key: 'durable',
    heading: 'Måluppfyllelse: varaktigt utfall',
    report: 'outcomeReport',
    groupBy: 'durable',
  },
  { key: 'referrals', heading: 'Remisser', report: 'referralStats' },
  {
    key: 'funnel',
    heading: 'Flödet genom faserna',
    report: 'phaseFunnel',
    chart: { column: 'reached' },
  },
  { key: 'afterSupport', heading: 'Efterstöd', report: 'afterSupportReport' },
  { key: 'survey', heading: 'Enkäter', report: 'surveyReport' },
  { key: 'fidelity', heading: 'Ärendemängd och modelltrohet', report: 'fidelityReport' },
  { key: 'cost', heading: 'Kostnad per deltagare', report: 'costReport' },
];
