// Gallring (managers): rules per kind of data, a dry run that lists what is due, the run itself.
import { useCallback, useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Link } from 'react-router-dom';
import { Title, useNotify, useTranslate } from 'react-admin';
import type {
  RetentionKind,
  RetentionResult,
  RetentionRule,
  RetentionRun,
} from '../api/personalDataOperations';
import { useFinsam } from '../api/useFinsam';
import { formatDate, formatDateTime } from '../lib/format';

const P = 'app.personalData.retention';

export function RetentionPage() {
  const translate = useTranslate();
  const finsam = useFinsam();
  const notify = useNotify();
  const [rules, setRules] = useState<RetentionRule[]>([]);
  const [draft, setDraft] = useState<Partial<Record<RetentionKind, string>>>({});
  const [runs, setRuns] = useState<RetentionRun[]>([]);
  const [plan, setPlan] = useState<RetentionResult | null>(null);
  const [busy, setBusy] = useState(false);
  const t = (key: string, options?: Record<string, unknown>) => translate(`${P}.${key}`, options);
  const fail = useCallback(
    (error: unknown) =>
      notify(error instanceof Error ? error.message : 'app.error.INTERNAL_SERVER_ERROR', {
        type: 'error',
      }),
    [notify],
  );

  const load = useCallback(async () => {
    try {
      const [r, l] = await Promise.all([finsam.retentionRules(), finsam.retentionRuns()]);
      setRules(r);
      setRuns(l);
    } catch (error) {
      fail(error);
    }
  }, [finsam, fail]);
  useEffect(() => {
    void load();
  }, [load]);

  const save = async (kind: RetentionKind) => {
    const years = Number(draft[kind]);
    if (!Number.isInteger(years)) return;
    try {
      setRules(await finsam.setRetentionRule({ kind, years }));
      setPlan(null);
    } catch (error) {
      fail(error);
    }
  };
  const dryRun = async () => {
    setBusy(true);
    try {
      setPlan(await finsam.runRetention(true));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  const run = async () => {
    if (!plan) return;
    const question = t('runConfirm', {
      count: plan.participants.length,
      audit: plan.auditRowsDeleted,
    });
    if (!window.confirm(question)) return;
    setBusy(true);
    try {
      const done = await finsam.runRetention(false);
      notify(t('done', { count: done.participantsAnonymised, audit: done.auditRowsDeleted }), {
        type: 'success',
      });
      setPlan(null);
      await load();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ p: 2 }}>
      <Title title={t('title')} />
      <Stack spacing={2}>
        <Card>
          <CardContent>
            <Typography variant="h6">{t('rules')}</Typography>
            <Table size="small">
              <TableBody>
                {rules.map((rule) => (
                  <TableRow key={rule.kind}>
                    <TableCell>{t(`kind.${rule.kind}`)}</TableCell>
                    <TableCell>
                      <TextField
                        size="small"
                        type="number"
                        label={t('years')}
                        value={draft[rule.kind] ?? String(rule.years)}
                        onChange={(e) => setDraft({ ...draft, [rule.kind]: e.target.value })}
                        slotProps={{ htmlInput: { min: 1, max: 100 } }}
                      />
                    </TableCell>
                    <TableCell>
                      {t(rule.kind === 'IDENTIFYING_DATA' ? 'identifyingHelp' : 'auditHelp')}
                      {rule.isDefault ? ` (${t('default')})` : ''}
                    </TableCell>
                    <TableCell>
                      <Button size="small" onClick={() => void save(rule.kind)}>
                        {t('save')}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            <Stack direction="row" spacing={2}>
              <Button variant="outlined" disabled={busy} onClick={() => void dryRun()}>
                {t('dryRun')}
              </Button>
              <Button
                variant="contained"
                color="error"
                disabled={busy || plan === null}
                onClick={() => void run()}
              >
                {t('run')}
              </Button>
            </Stack>
            {plan && (
              <Box sx={{ mt: 2 }}>
                <Alert severity={plan.participants.length > 0 ? 'warning' : 'info'}>
                  {t('due', {
                    date: formatDate(plan.asOf),
                    count: plan.participants.length,
                    years: plan.auditYears,
                    audit: plan.auditRowsDeleted,
                  })}
                </Alert>
                {plan.participants.length > 0 && (
                  <Table size="small" aria-label={t('title')}>
                    <TableHead>
                      <TableRow>
                        <TableCell>{t('participant')}</TableCell>
                        <TableCell>{t('lastEndedOn')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {plan.participants.slice(0, 500).map((p) => (
                        <TableRow key={p.participantId}>
                          <TableCell>
                            <Link to={`/Participant/${p.participantId}/show`}>
                              {p.participantId}
                            </Link>
                          </TableCell>
                          <TableCell>{formatDate(p.lastEndedOn)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                )}
              </Box>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            <Typography variant="h6">{t('runs')}</Typography>
            {runs.length === 0 ? (
              <Typography>{t('none')}</Typography>
            ) : (
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('runAt')}</TableCell>
                    <TableCell>{t('runBy')}</TableCell>
                    <TableCell>{t('anonymised')}</TableCell>
                    <TableCell>{t('auditDeleted')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {runs.map((r) => (
                    <TableRow key={r.id}>
                      <TableCell>{formatDateTime(r.runAt)}</TableCell>
                      <TableCell>{r.runByName ?? '–'}</TableCell>
                      <TableCell>{r.participantsAnonymised}</TableCell>
                      <TableCell>{r.auditRowsDeleted}</TableCell>
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
