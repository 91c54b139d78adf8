// GDPR on the participant: consent at a glance, change history, register extract, erasure.
import { useCallback, useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { can, usePolicy } from '../auth/permissions';
import {
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  type Consent,
  type ConsentMethod,
  type ConsentPurpose,
  type ParticipantChange,
} from '../api/personalDataOperations';
import { useFinsam } from '../api/useFinsam';
import { IsoDateInput } from '../common/IsoDateInput';
import { formatDate, formatDateTime, toIsoDate } from '../lib/format';

const P = 'app.personalData';

function useParticipantId(): string | undefined {
  const record = useRecordContext<{ id: string }>();
  return record?.id;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : 'app.error.INTERNAL_SERVER_ERROR';
}

/** The current state per purpose: the newest consent decides. */
export function currentConsents(consents: readonly Consent[]): Map<ConsentPurpose, Consent> {
  const latest = new Map<ConsentPurpose, Consent>();
  for (const c of consents) {
    const seen = latest.get(c.purpose);
    if (!seen || c.givenOn > seen.givenOn || (c.active && !seen.active)) latest.set(c.purpose, c);
  }
  return latest;
}

export function ConsentPanel() {
  const participantId = useParticipantId();
  const translate = useTranslate();
  const finsam = useFinsam();
  const notify = useNotify();
  const mayWrite = can(usePolicy(), 'consent.write');
  const [consents, setConsents] = useState<Consent[]>([]);
  const [open, setOpen] = useState(false);
  const [purpose, setPurpose] = useState<ConsentPurpose>('PARTICIPATION');
  const [method, setMethod] = useState<ConsentMethod>('WRITTEN');
  const [givenOn, setGivenOn] = useState(toIsoDate(new Date()));
  const t = (key: string, options?: Record<string, unknown>) => translate(`${P}.${key}`, options);

  const load = useCallback(async () => {
    if (!participantId) return;
    try {
      setConsents(await finsam.participantConsents(participantId));
    } catch (error) {
      notify(errorText(error), { type: 'error' });
    }
  }, [finsam, notify, participantId]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!participantId) return null;
  const current = currentConsents(consents);
  const record = async () => {
    try {
      await finsam.recordConsent({ participantId, purpose, givenOn, method });
      notify(`${P}.consent.saved`, { type: 'success' });
      setOpen(false);
      await load();
    } catch (error) {
      notify(errorText(error), { type: 'error' });
    }
  };
  const withdraw = async (consent: Consent) => {
    const label = t(`purpose.${consent.purpose}`);
    if (!window.confirm(t('consent.withdrawConfirm', { purpose: label }))) return;
    try {
      await finsam.withdrawConsent({ id: consent.id, withdrawnOn: toIsoDate(new Date()) });
      notify(`${P}.consent.withdrawnDone`, { type: 'success' });
      await load();
    } catch (error) {
      notify(errorText(error), { type: 'error' });
    }
  };

  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="h6">{t('consent.title')}</Typography>
      <Table size="small" aria-label={t('consent.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('consent.title')}</TableCell>
            <TableCell>{t('consent.state')}</TableCell>
            <TableCell>{t('consent.givenOn')}</TableCell>
            <TableCell>{t('consent.method')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {CONSENT_PURPOSES.map((p) => {
            const c = current.get(p);
            return (
              <TableRow key={p}>
                <TableCell>{t(`purpose.${p}`)}</TableCell>
                <TableCell>
                  {c?.active ? (
                    <Chip color="success" size="small" label={t('consent.active')} />
                  ) : c?.withdrawnOn ? (
                    <Chip
                      color="warning"
                      size="small"
                      label={t('consent.withdrawn', { date: formatDate(c.withdrawnOn) })}
                    />
                  ) : (
                    <Chip size="small" label={t('consent.missing')} />
                  )}
                </TableCell>
                <TableCell>{c ? formatDate(c.givenOn) : '–'}</TableCell>
                <TableCell>{c ? t(`method.${c.method}`) : '–'}</TableCell>
                <TableCell>
                  {mayWrite && c?.active && (
                    <Button size="small" color="warning" onClick={() => void withdraw(c)}>
                      {t('consent.withdraw')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {mayWrite && (
        <Button sx={{ mt: 1 }} variant="outlined" onClick={() => setOpen(true)}>
          {t('consent.record')}
        </Button>
      )}
      {consents.length > 0 && (
        <>
          <Typography variant="subtitle2" sx={{ mt: 2 }}>
            {t('consent.historyTitle')}
          </Typography>
          <Table size="small">
            <TableBody>
              {consents.map((c) => (
                <TableRow key={c.id}>
                  <TableCell>{t(`purpose.${c.purpose}`)}</TableCell>
                  <TableCell>{formatDate(c.givenOn)}</TableCell>
                  <TableCell>{t(`method.${c.method}`)}</TableCell>
                  <TableCell>{c.recordedByName ?? '–'}</TableCell>
                  <TableCell>{c.withdrawnOn ? formatDate(c.withdrawnOn) : ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="consent-title">
        <DialogTitle id="consent-title">{t('consent.record')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1, minWidth: 320 }}>
            <TextField
              select
              label={t('consent.title')}
              value={purpose}
              onChange={(e) => setPurpose(e.target.value as ConsentPurpose)}
            >
              {CONSENT_PURPOSES.map((p) => (
                <MenuItem key={p} value={p}>
                  {t(`purpose.${p}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={t('consent.method')}
              value={method}
              onChange={(e) => setMethod(e.target.value as ConsentMethod)}
            >
              {CONSENT_METHODS.map((m) => (
                <MenuItem key={m} value={m}>
                  {t(`method.${m}`)}
                </MenuItem>
              ))}
            </TextField>
            <IsoDateInput label={t('consent.givenOn')} value={givenOn} onChange={setGivenOn} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={() => void record()}>
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}

export function HistoryPanel() {
  const participantId = useParticipantId();
  const translate = useTranslate();
  const finsam = useFinsam();
  const notify = useNotify();
  const [rows, setRows] = useState<ParticipantChange[] | null>(null);
  const t = (key: string) => translate(`${P}.history.${key}`);
  useEffect(() => {
    if (!participantId) return;
    finsam
      .participantHistory(participantId)
      .then(setRows)
      .catch((error: unknown) => notify(errorText(error), { type: 'error' }));
  }, [finsam, notify, participantId]);
  if (rows === null) return null;
  if (rows.length === 0) return <Typography>{t('empty')}</Typography>;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{t('changedAt')}</TableCell>
          <TableCell>{t('changedBy')}</TableCell>
          <TableCell>{t('field')}</TableCell>
          <TableCell>{t('oldValue')}</TableCell>
          <TableCell>{t('newValue')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id}>
            <TableCell>{formatDateTime(r.changedAt)}</TableCell>
            <TableCell>{r.changedByName ?? '–'}</TableCell>
            <TableCell>
              {translate(`resources.Participant.fields.${r.field}`, { _: r.field })}
            </TableCell>
            <TableCell>{r.oldValue ?? ''}</TableCell>
            <TableCell>{r.newValue ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Registerutdrag (managers): download JSON or open the Swedish HTML document. */
export function RegisterExtractButtons() {
  const participantId = useParticipantId();
  const translate = useTranslate();
  const finsam = useFinsam();
  const notify = useNotify();
  const mayExtract = can(usePolicy(), 'participant.extract');
  if (!participantId || !mayExtract) return null;
  const fetchExtract = async (as: 'json' | 'html') => {
    try {
      const extract = await finsam.registerExtract(participantId);
      if (as === 'json')
        download(`registerutdrag-${participantId}.json`, extract.json, 'application/json');
      else {
        const url = URL.createObjectURL(new Blob([extract.html], { type: 'text/html' }));
        window.open(url, '_blank', 'noopener');
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      }
      notify(`${P}.extract.done`, { type: 'info' });
    } catch (error) {
      notify(errorText(error), { type: 'error' });
    }
  };
  return (
    <>
      <Button size="small" onClick={() => void fetchExtract('json')}>
        {translate(`${P}.extract.button`)}: {translate(`${P}.extract.json`)}
      </Button>
      <Button size="small" onClick={() => void fetchExtract('html')}>
        {translate(`${P}.extract.html`)}
      </Button>
    </>
  );
}

/** Radera/anonymisera (managers), with a reason and an explicit confirmation. */
export function EraseButton() {
  const participantId = useParticipantId();
  const translate = useTranslate();
  const finsam = useFinsam();
  const notify = useNotify();
  const refresh = useRefresh();
  const mayErase = can(usePolicy(), 'participant.erase');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!participantId || !mayErase) return null;
  const t = (key: string) => translate(`${P}.erase.${key}`);
  const erase = async () => {
    try {
      await finsam.eraseParticipant({ participantId, reason });
      notify(`${P}.erase.done`, { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      notify(errorText(error), { type: 'error' });
    }
  };
  return (
    <>
      <Button size="small" color="error" onClick={() => setOpen(true)}>
        {t('button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="erase-title">
        <DialogTitle id="erase-title">{t('title')}</DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 2 }}>
            <DialogContentText>{t('text')}</DialogContentText>
          </Alert>
          <TextField
            fullWidth
            required
            label={t('reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button
            color="error"
            variant="contained"
            disabled={reason.trim().length < 3}
            onClick={() => void erase()}
          >
            {t('confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
