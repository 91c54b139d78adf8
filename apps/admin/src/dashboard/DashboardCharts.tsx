// The dashboard's charts (issue 19 item 1), loaded lazily with recharts: the outcome
// against goal by gender, the budget against what is committed (as two bars and month by
// month against the budget to date), and this year's referrals
// per month and phase funnel read from the same reports as the reports page.
import { Card, CardContent } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Dashboard } from '../api/types';
import { useFinsam } from '../api/useFinsam';
import { useFinsamQuery } from '../api/useFinsamQuery';
import { can, usePolicy } from '../auth/permissions';
import { ReportChart } from '../charts/ReportChart';
import { ReportChartCard } from '../charts/ReportChartCard';
import { chartTextsOf } from '../charts/chartTexts';
import { budgetChartOf, budgetLineChartOf, outcomeChartOf } from '../charts/dashboardChartData';
import type { ReportChoice } from '../reports/cells';

function YearReportChart({
  choice,
  projectId,
  asOf,
}: {
  choice: Extract<ReportChoice, 'referralStats' | 'phaseFunnel'>;
  projectId: string;
  asOf: string;
}) {
  const finsam = useFinsam();
  const from = `${asOf.slice(0, 4)}-01-01`;
  const table = useFinsamQuery(['dashboard-chart', choice, projectId, asOf], () =>
    finsam.report(choice, { projectId, from, to: asOf }),
  );
  if (!table.data || table.stale) return null;
  return (
    <Card component="section">
      <CardContent>
        <ReportChartCard choice={choice} table={table.data} />
      </CardContent>
    </Card>
  );
}

export function DashboardCharts({ data, projectId }: { data: Dashboard; projectId: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const texts = chartTextsOf(locale);
  const policy = usePolicy();
  const outcome = outcomeChartOf(data.outcome, {
    all: translate('app.dashboard.all'),
    share: texts.toWorkOrStudies,
    goal: texts.goal,
    gender: (gender) => translate(`app.enum.Gender.${gender}`),
  });
  const budget = budgetChartOf(data.budget, data.committed, texts);
  const budgetLine = budgetLineChartOf(data.budgetMonths, texts);
  return (
    <>
      <Card component="section">
        <CardContent>
          <ReportChart
            chart={outcome}
            title={texts.outcomeByGender}
            categoryLabel={texts.category}
          />
        </CardContent>
      </Card>
      {can(policy, 'report.readCosts') && (
        <Card component="section">
          <CardContent>
            <ReportChart chart={budget} title={texts.budgetTitle} categoryLabel={texts.category} />
          </CardContent>
        </Card>
      )}
      {can(policy, 'report.readCosts') && data.budgetMonths.length > 0 && (
        <Card component="section">
          <CardContent>
            <ReportChart
              chart={budgetLine}
              title={texts.budgetLineTitle}
              categoryLabel={texts.month}
            />
          </CardContent>
        </Card>
      )}
      {can(policy, 'report.readCosts') && (
        <YearReportChart choice="referralStats" projectId={projectId} asOf={data.asOf} />
      )}
      {can(policy, 'report.read') && (
        <YearReportChart choice="phaseFunnel" projectId={projectId} asOf={data.asOf} />
      )}
    </>
  );
}
