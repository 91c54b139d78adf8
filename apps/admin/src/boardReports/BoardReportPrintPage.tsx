// The board's Delårsrapport T1/T2 or Årsrapport as a printable A4 page, built from the
// panel's own components (the reports' tables, the caseload chart's data and palette). The
// gateway prints it to PDF with Chromium under the producing user's session, so the page
// shows exactly what that user may see: another förbund gets published, suppressed figures.
// `data-board-report` on the page says when it is ready to print (or failed).
import { Box, Typography } from '@mui/material';
import { useParams, useSearchParams } from 'react-router-dom';
import { useDataProvider } from 'react-admin';
import type { DataProvider } from 'react-admin';
import type { FinsamDataProvider } from '../api/dataProvider';
import { useFinsamQuery } from '../api/useFinsamQuery';
import { readPermissions } from '../auth/session';
import { ReportTableView } from '../reports/ReportTableView';
import { boardReportRange, boardReportTitle, isBoardReportPeriod } from './boardReportPeriod';
import { BudgetSection, CaseloadSection, ReallocationsSection } from './GovernanceSections';
import { lastDayOf, loadBoardReport, type LoadedSection } from './loadBoardReport';
import { PrintBarChart } from './PrintBarChart';
import { goalOf, reportBars } from './reportBars';

const PRINT_CSS = `
@page { size: A4; margin: 16mm 14mm; }
@media print { body { background: #fff; } }
[data-board-report] section { break-inside: auto; margin-top: 18px; }
[data-board-report] h2 { break-after: avoid; }
[data-board-report] table { width: 100%; table-layout: auto; }
[data-board-report] th, [data-board-report] td { font-size: 9px; padding: 2px 4px; line-height: 1.3; }
`;

/** The goal status and outcome sections come first, then the caseload over time. */
const GOAL_SECTIONS = 2;

function ReportSectionView({ section }: { section: LoadedSection }) {
  if (!section.table)
    return (
      <section data-section={section.key}>
        <Typography variant="h6" component="h2">
          {section.heading}
        </Typography>
        <Typography variant="body2">Ingår inte: din roll läser inte de här siffrorna.</Typography>
      </section>
    );
  const chart = section.chart;
  const bars = chart ? reportBars(section.table, chart.column) : undefined;
  return (
    <section data-section={section.key}>
      <Typography variant="h6" component="h2">
        {section.heading}
      </Typography>
      {chart && bars && bars.bars.length > 0 ? (
        <PrintBarChart
          bars={bars.bars}
          asShare={bars.asShare}
          {...(chart.goalColumn ? { goal: goalOf(section.table, chart.goalColumn) } : {})}
          caption={`${section.table.title}: ${bars.asShare ? 'andel' : 'antal'} per rad; ".." är dolt av röjandeskydd.`}
        />
      ) : null}
      <ReportTableView table={section.table} />
    </section>
  );
}

export function BoardReportPrintPage() {
  const params = useParams();
  const [search] = useSearchParams();
  const finsam = useDataProvider<FinsamDataProvider & DataProvider>();
  const year = Number(params.year);
  const period = params.period ?? '';
  const projectId = params.projectId ?? '';
  const associationId = search.get('association') ?? undefined;
  const valid = Number.isInteger(year) && isBoardReportPeriod(period) && projectId !== '';
  const range = valid && isBoardReportPeriod(period) ? boardReportRange(year, period) : undefined;
  const data = useFinsamQuery(
    ['boardReport', projectId, year, period, associationId],
    range
      ? () =>
          loadBoardReport(finsam, readPermissions(), {
            projectId,
            ...range,
            ...(associationId ? { associationId } : {}),
          })
      : null,
  );
  const state = !valid || data.error ? 'error' : data.data && !data.loading ? 'ready' : 'loading';
  const title = valid && isBoardReportPeriod(period) ? boardReportTitle(year, period) : 'Rapport';
  return (
    <Box
      component="main"
      data-board-report={state}
      sx={{ p: 3, maxWidth: 760, mx: 'auto', bgcolor: '#fff' }}
    >
      <style>{PRINT_CSS}</style>
      <Typography variant="h4" component="h1">
        {title}
      </Typography>
      <Typography variant="subtitle1">{search.get('project') ?? projectId}</Typography>
      {range ? (
        <Typography variant="body2">
          Period: {range.from} till och med {lastDayOf(range.to)}.{' '}
          {search.get('by') ? `Framställd av ${search.get('by')}` : ''}
          {search.get('at') ? ` ${search.get('at')}` : ''}
        </Typography>
      ) : null}
      {state === 'error' ? (
        <Typography role="alert" data-testid="board-report-error">
          Rapporten kunde inte tas fram
          {data.error instanceof Error ? `: ${data.error.message}` : '.'}
        </Typography>
      ) : null}
      {data.data ? (
        <>
          {data.data.sections.slice(0, GOAL_SECTIONS).map((section) => (
            <ReportSectionView key={section.key} section={section} />
          ))}
          {data.data.governance ? <CaseloadSection series={data.data.governance.caseload} /> : null}
          {data.data.sections.slice(GOAL_SECTIONS).map((section) => (
            <ReportSectionView key={section.key} section={section} />
          ))}
          {data.data.governance ? (
            <>
              <BudgetSection allocation={data.data.governance.allocation} />
              <ReallocationsSection decided={data.data.governance.reallocations} />
            </>
          ) : (
            <section data-section="governance">
              <Typography variant="body2">
                Budget, ärendemängd över tid och omfördelningar ingår bara i förbundets egna
                rapporter.
              </Typography>
            </section>
          )}
        </>
      ) : null}
    </Box>
  );
}
