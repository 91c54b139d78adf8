// A chart with its text alternative (issue 21 item 3): the same figures as a table, one
// press away ("Visa som tabell"), announced by its caption. The drawing itself is hidden
// from assistive technology (an SVG of paths says nothing); the figure's name and the
// table carry the content. Every chart in the panel goes through this component.
import { type ReactNode, useId, useState } from 'react';
import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useLocaleState } from 'react-admin';

export interface ChartColumn {
  readonly key: string;
  readonly label: string;
}

export interface ChartWithTableProps {
  /** What the chart shows, in words: the figure's name and the table's caption. */
  readonly caption: string;
  /** The first column's heading (e.g. "Månad") and the key of its value in each row. */
  readonly rowHeader: ChartColumn;
  /** The series, one column each. */
  readonly columns: readonly ChartColumn[];
  readonly rows: readonly Record<string, string | number | null>[];
  /** How a value is written in the table (decimal comma, "–" for none). */
  readonly format: (value: string | number | null) => string;
  /** The drawing; sized by its container. */
  readonly children: ReactNode;
  readonly height?: number;
}

const TEXTS = {
  sv: { showTable: 'Visa som tabell', showChart: 'Visa som diagram' },
  en: { showTable: 'Show as table', showChart: 'Show as chart' },
} as const;

export function ChartWithTable({
  caption,
  rowHeader,
  columns,
  rows,
  format,
  children,
  height = 300,
}: ChartWithTableProps) {
  const [locale] = useLocaleState();
  const texts = TEXTS[locale === 'en' ? 'en' : 'sv'];
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <Box component="figure" aria-labelledby={`${id}-caption`} sx={{ m: 0 }}>
      <Box
        component="figcaption"
        id={`${id}-caption`}
        sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1 }}
      >
        <Box component="span" sx={{ flex: '1 1 12rem' }}>
          {caption}
        </Box>
        <Button
          size="small"
          variant="outlined"
          aria-controls={`${id}-view`}
          aria-pressed={asTable}
          onClick={() => setAsTable((shown) => !shown)}
          data-testid="chart-table-toggle"
        >
          {asTable ? texts.showChart : texts.showTable}
        </Button>
      </Box>
      <Box id={`${id}-view`}>
        {asTable ? (
          <Box sx={{ overflowX: 'auto', maxWidth: '100%' }}>
            <Table size="small" data-testid="chart-table">
              <caption>{caption}</caption>
              <TableHead>
                <TableRow>
                  <TableCell component="th" scope="col">
                    {rowHeader.label}
                  </TableCell>
                  {columns.map((column) => (
                    <TableCell key={column.key} component="th" scope="col" align="right">
                      {column.label}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row, index) => (
                  <TableRow key={String(row[rowHeader.key] ?? index)}>
                    <TableCell component="th" scope="row">
                      {format(row[rowHeader.key] ?? null)}
                    </TableCell>
                    {columns.map((column) => (
                      <TableCell key={column.key} align="right">
                        {format(row[column.key] ?? null)}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        ) : (
          <Box aria-hidden="true" sx={{ width: '100%', height }}>
            {children}
          </Box>
        )}
      </Box>
    </Box>
  );
}
