// The chart above the reports page's table: the chosen report drawn, when it draws well.
import type { ReportTable } from '../api/types';
import type { ReportChoice } from '../reports/cells';
import { useLocaleState } from 'react-admin';
import { chartTextsOf } from './chartTexts';
import { reportChartOf } from './reportChartData';
import { ReportChart } from './ReportChart';

const categoryOf = (choice: ReportChoice, texts: ReturnType<typeof chartTextsOf>) =>
  choice === 'referralStats'
    ? texts.month
    : choice === 'phaseFunnel'
      ? texts.step
      : choice === 'transitionMatrix' || choice.startsWith('income')
        ? texts.incomeFirst
        : texts.category;

export function ReportChartCard({ choice, table }: { choice: ReportChoice; table: ReportTable }) {
  const [locale] = useLocaleState();
  const lang = locale === 'en' ? 'en' : 'sv';
  const chart = reportChartOf(choice, table, lang);
  if (!chart) return null;
  return (
    <ReportChart
      chart={chart}
      title={lang === 'en' && table.titleEn ? table.titleEn : table.title}
      categoryLabel={categoryOf(choice, chartTextsOf(lang))}
    />
  );
}
