// The association's own figures in the board report: the budget as it stood on the period's
// last day (committed, forecast, margin), caseload per FTE per municipality month by month
// (chart and table) and the reallocations decided in the period.
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { Allocation, CaseloadSeries, Reallocation } from '../api/types';
import { formatDecimal, formatFte, formatMoney } from '../lib/format';
import { colourAt, dashAt, toChartRows } from '../reallocationPlanning/caseloadData';
import { useFittedWidth } from './fittedWidth';

export function BudgetSection({ allocation }: { allocation: Allocation }) {
  const rows: [string, number][] = [
    [`Budget ${allocation.budgetYear}`, allocation.budget],
    ['Intecknat (beslutade tjänster)', allocation.committed],
    ['Prognos för året', allocation.forecast],
    ['Marginal', allocation.margin],
  ];
  return (
    <section data-section="budget">
      <Typography variant="h6" component="h2">
        Budget: intecknat, prognos och marginal
      </Typography>
      <Table size="small">
        <TableBody>
          {rows.map(([label, ore]) => (
            <TableRow key={label}>
              <TableCell component="th" scope="row">
                {label}
              </TableCell>
              <TableCell align="right">{formatMoney(ore)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell component="th" scope="row">
              Tjänster totalt (heltid) per {allocation.asOf}
            </TableCell>
            <TableCell align="right">{formatFte(allocation.totalFte)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </section>
  );
}

export function CaseloadSection({ series }: { series: CaseloadSeries }) {
  const rows = toChartRows(series);
  const { box, width } = useFittedWidth<HTMLElement>(640);
  const text = (value: string | number | null | undefined) =>
    typeof value === 'number' ? formatDecimal(value) : '–';
  return (
    <section data-section="caseload">
      <Typography variant="h6" component="h2">
        Deltagare per heltidstjänst och kommun över tid
      </Typography>
      <figure ref={box} style={{ margin: '8px 0', breakInside: 'avoid' }}>
        <LineChart width={width} height={240} data={rows} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" tick={{ fontSize: 11 }} />
          <YAxis tick={{ fontSize: 11 }} allowDecimals={false} />
          <Legend iconType="plainline" wrapperStyle={{ fontSize: 11 }} />
          <ReferenceLine
            y={series.target}
            stroke="#B00020"
            strokeDasharray="6 4"
            label={{
              value: `Riktvärde ${series.target}`,
              position: 'insideTopRight',
              fontSize: 11,
            }}
          />
          {series.municipalities.map((line, index) => (
            <Line
              key={line.key}
              dataKey={line.key}
              name={line.label}
              stroke={colourAt(index)}
              strokeDasharray={dashAt(index)}
              dot={false}
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
        <figcaption style={{ fontSize: 12 }}>
          Aktiva deltagare per heltidstjänst, månad för månad (riktvärde {series.target}).
        </figcaption>
      </figure>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>Månad</TableCell>
            {series.municipalities.map((line) => (
              <TableCell key={line.key} align="right">
                {line.label}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.month}>
              <TableCell component="th" scope="row">
                {row.month}
              </TableCell>
              {series.municipalities.map((line) => (
                <TableCell key={line.key} align="right">
                  {text(row[line.key])}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

export function ReallocationsSection({ decided }: { decided: readonly Reallocation[] }) {
  return (
    <section data-section="reallocations">
      <Typography variant="h6" component="h2">
        Omfördelningar beslutade under perioden
      </Typography>
      {decided.length === 0 ? (
        <Typography variant="body2">Inga omfördelningar beslutades under perioden.</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>Beslutad</TableCell>
              <TableCell>Gäller från</TableCell>
              <TableCell>Beslutad av</TableCell>
              <TableCell>Ändring (heltid)</TableCell>
              <TableCell>Skäl</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {decided.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.decidedAt.slice(0, 10)}</TableCell>
                <TableCell>{r.effectiveFrom}</TableCell>
                <TableCell>{r.decidedByName}</TableCell>
                <TableCell>
                  {r.lines
                    .filter((l) => l.fteBefore !== l.fteAfter)
                    .map(
                      (l) =>
                        `${l.municipalityName} ${formatFte(l.fteBefore)} → ${formatFte(l.fteAfter)}`,
                    )
                    .join('; ')}
                </TableCell>
                <TableCell>{r.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
