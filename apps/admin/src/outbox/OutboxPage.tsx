// The manager's outbox: every e-mail the system wrote (held here when no SMTP is configured),
// and the scheduled jobs that failed.
import {
  Alert,
  Box,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { useFinsamQuery } from '../api/useFinsamQuery';
import { formatDateTime } from '../lib/format';
import { jobFailures, mailOutbox } from '../todo/todoOperations';

export function OutboxPage() {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.outbox.${key}`);
  const outbox = useFinsamQuery(['mailOutbox', 0, 100], () => mailOutbox(0, 100));
  const failures = useFinsamQuery(['jobFailures'], jobFailures);
  const messages = outbox.data?.items ?? [];
  const failed = failures.data ?? [];
  const error = outbox.error ?? failures.error;
  return (
    <Box sx={{ p: 2 }}>
      <Title title={t('title')} />
      <Stack spacing={2}>
        <Card>
          <CardContent>
            <Typography variant="h5" component="h1">
              {t('title')}
            </Typography>
            <Typography sx={{ mb: 1 }}>{t('intro')}</Typography>
            {error !== undefined && (
              <Alert severity="error">
                {translate(
                  error instanceof Error ? error.message : 'app.error.INTERNAL_SERVER_ERROR',
                )}
              </Alert>
            )}
            {!outbox.loading && messages.length === 0 && <Typography>{t('empty')}</Typography>}
            {messages.length > 0 && (
              <Table size="small" aria-label={t('title')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('createdAt')}</TableCell>
                    <TableCell>{t('recipient')}</TableCell>
                    <TableCell>{t('subject')}</TableCell>
                    <TableCell>{t('state')}</TableCell>
                    <TableCell>{t('attempts')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {messages.map((m) => (
                    <TableRow key={m.id} data-testid="outbox-row">
                      <TableCell>{formatDateTime(m.createdAt)}</TableCell>
                      <TableCell>{m.recipient}</TableCell>
                      <TableCell>
                        <details>
                          <summary>{m.subject}</summary>
                          <Typography component="pre" sx={{ whiteSpace: 'pre-wrap', fontSize: 13 }}>
                            {m.text}
                          </Typography>
                        </details>
                      </TableCell>
                      <TableCell>{translate(`app.outbox.states.${m.state}`)}</TableCell>
                      <TableCell>{m.attempts}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            <Typography variant="h6" component="h2">
              {t('failures')}
            </Typography>
            {failed.length === 0 ? (
              <Typography>{t('noFailures')}</Typography>
            ) : (
              <Table size="small" aria-label={t('failures')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('task')}</TableCell>
                    <TableCell>{t('attempts')}</TableCell>
                    <TableCell>{t('lastError')}</TableCell>
                    <TableCell>{t('createdAt')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {failed.map((f) => (
                    <TableRow key={f.jobKey}>
                      <TableCell>{f.task}</TableCell>
                      <TableCell>
                        {f.attempts}
                        {f.final ? ` (${t('final')})` : ''}
                      </TableCell>
                      <TableCell>{f.lastError}</TableCell>
                      <TableCell>{formatDateTime(f.failedAt)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </CardContent>
        </Card>
      </Stack>
    </Box>
  );
}
