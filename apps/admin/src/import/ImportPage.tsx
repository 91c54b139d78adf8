// Import from .xlsx/.csv (managers) into a register (participants with their enrollments,
// referrals, placements): choose the register and a file, check the
// column mapping the gateway suggests (or saved last time), a dry run that lists every bad
// row and writes nothing, then the import with its progress.
import { useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
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
import { Title, useLocaleState, useTranslate } from 'react-admin';
import {
  type ImportMapping,
  type ImportPreview,
  type ImportRegister,
  ImportRefusal,
  type ImportRun,
  importRegisters,
  previewImport,
  readRun,
  startImport,
} from './importApi';
import { ImportRunsCard } from './ImportRunsCard';

const P = 'app.import';
/** How often the progress is read while the batches run. */
const POLL_MS = 500;

export function ImportPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, options?: Record<string, unknown>) => translate(`${P}.${key}`, options);
  const [register, setRegister] = useState<ImportRegister>('participants');
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [run, setRun] = useState<ImportRun | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const explain = (error: unknown) =>
    setProblem(
      error instanceof ImportRefusal
        ? locale === 'en'
          ? error.messages.en
          : error.messages.sv
        : t('failed'),
    );

  const choose = (chosen: File | null, into: ImportRegister = register) => {
    setFile(chosen);
    setRegister(into);
    setMapping(null);
    setPreview(null);
    setRun(null);
    setProblem(null);
  };

  const dryRun = async () => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    setRun(null);
    try {
      const answer = await previewImport(file, { register, mapping });
      setPreview(answer);
      setMapping(answer.mapping);
    } catch (error) {
      setPreview(null);
      explain(error);
    } finally {
      setBusy(false);
    }
  };

  const runImport = async () => {
    if (!file || !preview) return;
    setBusy(true);
    setProblem(null);
    try {
      setRun(await startImport(file, { register, mapping }));
    } catch (error) {
      explain(error);
      setBusy(false);
    }
  };

  useEffect(() => {
    if (!run || run.status !== 'running') {
      if (run) setBusy(false);
      return;
    }
    const timer = setTimeout(() => {
      readRun(run.id).then(setRun, explain);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [run]);

  const changeColumn = (field: string, column: string) => {
    if (!mapping) return;
    setMapping({ ...mapping, [field]: column === '' ? null : column });
    setPreview((shown) => (shown ? { ...shown, valid: 0 } : shown));
  };

  return (
    <Box sx={{ p: 2 }}>
      <Title title={t('title')} />
      <Stack spacing={2}>
        <FileCard
          register={register}
          file={file}
          busy={busy}
          onRegister={(into) => choose(file, into)}
          onChoose={(chosen) => choose(chosen)}
          onDryRun={() => void dryRun()}
        />
        {problem && (
          <Alert severity="error" role="alert">
            {problem}
          </Alert>
        )}
        {preview && mapping && (
          <PreviewCard
            preview={preview}
            mapping={mapping}
            busy={busy}
            onColumn={changeColumn}
            onDryRun={() => void dryRun()}
            onImport={() => void runImport()}
          />
        )}
        {run && <RunCard run={run} />}
        <ImportRunsCard register={register} refreshedBy={run ? `${run.id}:${run.status}` : ''} />
      </Stack>
    </Box>
  );
}

function useImportText() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return {
    locale,
    t: (key: string, options?: Record<string, unknown>) => translate(`${P}.${key}`, options),
  };
}

/** The dry run's answer: the column mapping, the summary, every bad row, and the import button. */
function PreviewCard({
  preview,
  mapping,
  busy,
  onColumn,
  onDryRun,
  onImport,
}: {
  preview: ImportPreview;
  mapping: ImportMapping;
  busy: boolean;
  onColumn: (field: string, column: string) => void;
  onDryRun: () => void;
  onImport: () => void;
}) {
  const { t, locale } = useImportText();
  const labelOf = (name: string) => {
    const label = preview.fields.find((field) => field.name === name)?.label;
    return label ? label[locale === 'en' ? 'en' : 'sv'] : name;
  };
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2">
          {t('mapping')}
        </Typography>
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
            gap: 1,
            my: 1,
          }}
        >
          {preview.fields.map((field) => (
            <TextField
              key={field.name}
              select
              size="small"
              required={field.required}
              label={labelOf(field.name)}
              value={mapping[field.name] ?? ''}
              onChange={(event) => onColumn(field.name, event.target.value)}
            >
              <MenuItem value="">{t('notInFile')}</MenuItem>
              {preview.headers
                .filter((header) => header !== '')
                .map((header) => (
                  <MenuItem key={header} value={header}>
                    {header}
                  </MenuItem>
                ))}
            </TextField>
          ))}
        </Box>
        <Typography role="status" sx={{ my: 1 }}>
          {preview.register === 'participants'
            ? t('summary', {
                total: preview.total,
                valid: preview.valid,
                errors: preview.errorCount,
                existing: preview.existingParticipants,
              })
            : t('summaryRecords', {
                total: preview.total,
                valid: preview.valid,
                errors: preview.errorCount,
                existing: preview.existingRecords,
              })}
        </Typography>
        {preview.errors.length > 0 && (
          <Table size="small" aria-label={t('errors')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('row')}</TableCell>
                <TableCell>{t('column')}</TableCell>
                <TableCell>{t('error')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {preview.errors.map((error, index) => (
                <TableRow key={`${error.row}-${error.field ?? ''}-${index}`}>
                  <TableCell>{error.row}</TableCell>
                  <TableCell>{error.column ?? (error.field ? labelOf(error.field) : '')}</TableCell>
                  <TableCell>{locale === 'en' ? error.message.en : error.message.sv}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
          <Button variant="outlined" disabled={busy} onClick={onDryRun}>
            {t('again')}
          </Button>
          <Button variant="contained" disabled={busy || preview.valid === 0} onClick={onImport}>
            {t('run', { smart_count: preview.valid })}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}

/** The import's progress, read from the gateway while its batches run. */
function RunCard({ run }: { run: ImportRun }) {
  const { t } = useImportText();
  return (
    <Card>
      <CardContent>
        <LinearProgress
          variant="determinate"
          value={run.validRows === 0 ? 100 : (100 * run.nextIndex) / run.validRows}
          aria-label={t('progress')}
        />
        <Typography role="status" sx={{ mt: 1 }}>
          {run.status === 'running'
            ? t('running', { done: run.nextIndex, of: run.validRows })
            : t(outcomeKey(run), {
                participants: run.participantsCreated,
                enrollments: run.enrollmentsCreated,
                referrals: run.referralsCreated,
                placements: run.placementsCreated,
                employers: run.employersCreated,
                skipped: run.rowsSkipped,
                errors: run.totalRows - run.validRows,
                done: run.nextIndex,
                of: run.validRows,
              })}
        </Typography>
      </CardContent>
    </Card>
  );
}

/** The text that tells how a finished or stopped run went, by its register. */
function outcomeKey(run: ImportRun): string {
  if (run.status !== 'done') return run.register === 'participants' ? 'stopped' : 'stoppedRecords';
  if (run.register === 'referrals') return 'doneReferrals';
  if (run.register === 'placements') return 'donePlacements';
  return 'done';
}

/** The register, the file to import and the dry run's button. */
function FileCard({
  register,
  file,
  busy,
  onRegister,
  onChoose,
  onDryRun,
}: {
  register: ImportRegister;
  file: File | null;
  busy: boolean;
  onRegister: (register: ImportRegister) => void;
  onChoose: (file: File | null) => void;
  onDryRun: () => void;
}) {
  const { t } = useImportText();
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2">
          {t('choose')}
        </Typography>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {t('help')}
        </Typography>
        <TextField
          select
          size="small"
          label={t('register')}
          value={register}
          disabled={busy}
          onChange={(event) => onRegister(event.target.value as ImportRegister)}
          sx={{ mb: 2, minWidth: 320 }}
        >
          {importRegisters.map((name) => (
            <MenuItem key={name} value={name}>
              {t(`registers.${name}`)}
            </MenuItem>
          ))}
        </TextField>
        <Stack direction="row" spacing={2} alignItems="center">
          <Button variant="outlined" component="label">
            {t('file')}
            <input
              hidden
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label={t('file')}
              onChange={(event) => onChoose(event.target.files?.[0] ?? null)}
            />
          </Button>
          <Typography>{file?.name ?? t('noFile')}</Typography>
          <Button variant="outlined" disabled={!file || busy} onClick={onDryRun}>
            {t('dryRun')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
