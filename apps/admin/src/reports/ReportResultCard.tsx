// The chosen report: its chart (recharts loaded only when a report is drawn) above its table.
import { Suspense, lazy } from 'react';
import { Alert, Card, CardContent, CircularProgress } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReportTable } from '../api/types';
import type { ReportChoice } from './cells';
import { ReportTableView } from './ReportTableView';

const ReportChartCard = lazy(() =>
  import('../charts/ReportChartCard').then((m) => ({ default: m.ReportChartCard })),
);

export function ReportResultCard({
  choice,
  table,
  failed,
  loading,
}: {
  choice: ReportChoice;
  /** The table of this choice, never the previous choice's. */
  table: ReportTable | undefined;
  failed: boolean;
  loading: boolean;
}) {
  const translate = useTranslate();
  // The card takes the page's width, never its table's: a wide table scrolls within the card
  // instead of widening the page (at 640 px, 200 % zoom, the page scrolled sideways and the
  // chart, sized by its container, grew with the table and ran off the screen).
  return (
    <Card>
      <CardContent sx={{ overflowX: 'auto', contain: 'inline-size' }}>
        {failed && <Alert severity="error">{translate('app.error.load')}</Alert>}
        {loading && <CircularProgress aria-label={translate('ra.page.loading')} />}
        {table && (
          <Suspense fallback={null}>
            <ReportChartCard choice={choice} table={table} />
          </Suspense>
        )}
        {table && <ReportTableView table={table} />}
      </CardContent>
    </Card>
  );
}
