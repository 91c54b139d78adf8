// GDPR on the participant: consent at a glance, change history, register extract, erasure.
import { useCallback, useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  DialogContentText,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import {
  SelectInput,
  TextInput,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
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
import { IsoDateTextInput } from '../common/IsoDateInput';
import { ActionDialog } from '../lib/ActionDialog';
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
      <ConsentHistory consents={consents} />
      <RecordConsentDialog
        participantId={participantId}
        open={open}
        onClose={() => setOpen(false)}
        onDone={() => void load()}
      />
    </Box>
  );
}

/** Every consent recorded, newest decisions included, with who recorded it. */
function ConsentHistory({ consents }: { consents: readonly Consent[] }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`${P}.${key}`);
  if (consents.length === 0) return null;
  return (
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
  );
}

function RecordConsentDialog(props: {
  participantId: string;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const finsam = useFinsam();
  return (
    <ActionDialog
      open={props.open}
      onClose={props.onClose}
      title={`${P}.consent.record`}
      defaultValues={{
        purpose: 'PARTICIPATION' as ConsentPurpose,
        method: 'WRITTEN' as ConsentMethod,
        givenOn: toIsoDate(new Date()),
      }}
      onSubmit={(values) => finsam.recordConsent({ participantId: props.participantId, ...values })}
      successMessage={`${P}.consent.saved`}
      onDone={props.onDone}
      submitLabel="ra.action.save"
    >
      <SelectInput
        source="purpose"
        label={`${P}.consent.title`}
        choices={CONSENT_PURPOSES.map((p) => ({ id: p, name: `${P}.purpose.${p}` }))}
        validate={required()}
      />
      <SelectInput
        source="method"
        label={`${P}.consent.method`}
        choices={CONSENT_METHODS.map((m) => ({ id: m, name: `${P}.method.${m}` }))}
        validate={required()}
      />
      <IsoDateTextInput source="givenOn" label={`${P}.consent.givenOn`} validate={required()} />
    </ActionDialog>
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
  const refresh = useRefresh();
  const mayErase = can(usePolicy(), 'participant.erase');
  const [open, setOpen] = useState(false);
  if (!participantId || !mayErase) return null;
  const t = (key: string) => `${P}.erase.${key}`;
  return (
    <>
      <Button size="small" color="error" onClick={() => setOpen(true)}>
        {translate(t('button'))}
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('title')}
        defaultValues={{ reason: '' }}
        onSubmit={({ reason }) => finsam.eraseParticipant({ participantId, reason })}
        ready={({ reason }) => (reason ?? '').trim().length >= 3}
        successMessage={`${P}.erase.done`}
        onDone={refresh}
        submitLabel={t('confirm')}
        submitColor="error"
      >
        <Alert severity="warning" sx={{ mb: 2 }}>
          <DialogContentText>{translate(t('text'))}</DialogContentText>
        </Alert>
        <TextInput source="reason" label={t('reason')} validate={required()} fullWidth />
      </ActionDialog>
    </>
  );
}
