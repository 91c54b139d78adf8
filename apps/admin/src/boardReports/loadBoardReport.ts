// Everything the printed board report shows, loaded once: the panel's reports for the
// project and period and, for the association's own governance roles, the reallocation
// screen's budget, caseload series and decisions. A section the signed-in role may not read
// is "not included" in the document (another förbund gets published figures only).
import type { DataProvider } from 'react-admin';
import type { FinsamDataProvider } from '../api/dataProvider';
import type {
  Allocation,
  CaseloadSeries,
  Reallocation,
  ReportFilter,
  ReportTable,
} from '../api/types';
import { type Permissions, can } from '../auth/permissions';
import { REPORT_SECTIONS, type ReportSection } from './printSections';

export type LoadedSection = ReportSection & { readonly table: ReportTable | null };

export type BoardReportData = {
  readonly sections: readonly LoadedSection[];
  /** Null when the role does not read the association's reallocation figures. */
  readonly governance: {
    readonly allocation: Allocation;
    readonly caseload: CaseloadSeries;
    readonly reallocations: readonly Reallocation[];
  } | null;
};

/** The day before a half-open period's end: the budget is read as it stood on the last day. */
export function lastDayOf(to: string): string {
  const date = new Date(`${to}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export async function loadBoardReport(
  finsam: FinsamDataProvider & DataProvider,
  permissions: Permissions,
  query: { projectId: string; from: string; to: string; associationId?: string },
): Promise<BoardReportData> {
  const filter = {
    projectId: query.projectId,
    from: query.from,
    to: query.to,
    ...(query.associationId ? { associationId: query.associationId } : {}),
  } as ReportFilter;
  const sections = await Promise.all(
    REPORT_SECTIONS.map(async (section) => {
      const readable =
        section.report === 'referralStats' || section.report === 'costReport'
          ? can(permissions, 'report.readCosts')
          : can(permissions, 'report.read');
      const table = readable
        ? await finsam.report(section.report, { ...filter, groupBy: section.groupBy ?? null })
        : null;
      return { ...section, table };
    }),
  );
  const ownAssociation = query.associationId === undefined;
  if (!ownAssociation || !can(permissions, 'reallocation.read'))
    return { sections, governance: null };
  const [allocation, caseload, decided] = await Promise.all([
    finsam.allocation({ projectId: query.projectId, asOf: lastDayOf(query.to) }),
    finsam.caseloadSeries({ projectId: query.projectId, from: query.from, to: query.to }),
    finsam.getList<Reallocation>('Reallocation', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'decidedAt', order: 'ASC' },
      filter: { projectId: query.projectId },
    }),
  ]);
  const inPeriod = (decidedAt: string) => {
    const day = decidedAt.slice(0, 10);
    return day >= query.from && day < query.to;
  };
  return {
    sections,
    governance: {
      allocation,
      caseload,
      reallocations: decided.data.filter(
        (r) => r.projectId === query.projectId && inPeriod(r.decidedAt),
      ),
    },
  };
}
