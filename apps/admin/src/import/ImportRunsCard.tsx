// The latest runs of the register chosen on the import page, newest first: a manager who
// switches to Remisser sees the referral files imported, not the participant files.
import { useEffect, useState } from 'react';
import {
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { type ImportRegister, type ImportRun, listRuns } from './importApi';

const P = 'app.import';

/** `refreshedBy` changes when a run starts or ends, so the list shows it. */
export function ImportRunsCard({
  register,
  refreshedBy,
}: {
  register: ImportRegister;
  refreshedBy: string;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string) => translate(`${P}.${key}`);
  const [runs, setRuns] = useState<readonly ImportRun[] | null>(null);

  useEffect(() => {
    let current = true;
    setRuns(null);
    // A late answer for a register no longer chosen is dropped.
    listRuns(register).then(
      (answer) => current && setRuns(answer),
      () => current && setRuns([]),
    );
    return () => {
      current = false;
    };
  }, [register, refreshedBy]);

  if (runs === null) return null;
  const title = `${t('runs')}: ${t(`registers.${register}`)}`;
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        {runs.length === 0 ? (
          <Typography>{t('noRuns')}</Typography>
        ) : (
          <Table size="small" aria-label={title}>
            <TableHead>
              <TableRow>
                <TableCell>{t('fileName')}</TableCell>
                <TableCell>{t('started')}</TableCell>
                <TableCell>{t('status')}</TableCell>
                <TableCell align="right">{t('rows')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {runs.map((run) => (
                <TableRow key={run.id}>
                  <TableCell>{run.fileName}</TableCell>
                  <TableCell>
                    {new Date(run.startedAt).toLocaleString(locale === 'en' ? 'en-GB' : 'sv-SE', {
                      timeZone: 'Europe/Stockholm',
                    })}
                  </TableCell>
                  <TableCell>{t(`statuses.${run.status}`)}</TableCell>
                  <TableCell align="right">
                    {run.validRows} / {run.totalRows}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
