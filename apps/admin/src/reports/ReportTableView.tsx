import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ReportTable } from '../api/types';
import { cellFor, cellText } from './cells';

export function ReportTableView({ table }: { table: ReportTable }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // The gateway sends both languages of the table and of its notes.
  const inLocale = (sv: string, en: string) => (locale === 'en' && en ? en : sv);
  return (
    <>
      <Typography variant="h6" component="h2" id="report-title">
        {inLocale(table.title, table.titleEn)}
      </Typography>
      <Table size="small" aria-labelledby="report-title" data-testid="report-table">
        <TableHead>
          <TableRow>
            <TableCell />
            {table.columns.map((c) => (
              <TableCell key={c.key} align="right">
                {inLocale(c.label, c.labelEn)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {table.rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell component="th" scope="row">
                {inLocale(row.label, row.labelEn)}
              </TableCell>
              {table.columns.map((c) => {
                const cell = cellFor(row, c.key);
                const text = cellText(cell, c.unit);
                return (
                  <TableCell key={c.key} align="right">
                    {cell?.suppressed ? (
                      <Tooltip title={translate('app.reports.suppressed')}>
                        <span tabIndex={0} aria-label={translate('app.reports.suppressed')}>
                          {text}
                        </span>
                      </Tooltip>
                    ) : (
                      text
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {table.notes.map((note, i) => {
        const text = inLocale(note, table.notesEn[i] ?? '');
        // A note with no English falls back to Swedish, marked so (WCAG 3.1.2).
        const lang = locale !== 'sv' && text === note ? 'sv' : undefined;
        return (
          <Typography
            key={note}
            lang={lang}
            variant="body2"
            color="text.secondary"
            sx={{ mt: 1 }}
            data-testid="report-note"
          >
            {text}
          </Typography>
        );
      })}
    </>
  );
}
