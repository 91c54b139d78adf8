// Bedömningar on the participant: change over time per item and area, and a dialog to record one.
// Only the participant's coach and the manager reach this; the gateway enforces it.
import { useCallback, useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type {
  AssessmentDefinition,
  AssessmentItem,
  ParticipantAssessments,
} from '../api/followUpOperations';
import { useFinsam } from '../api/useFinsam';
import { IsoDateInput } from '../common/IsoDateInput';
import { formatDate, isIsoDate, toIsoDate } from '../lib/format';
import { SCORES, completeScores, definitionHistory, formatChange, formatScore } from './history';

const P = 'app.assessment';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : 'app.error.INTERNAL_SERVER_ERROR';
}

function useLocalized() {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const en = locale === 'en';
  return {
    area: (area: string) => translate(`${P}.areas.${area}`, { _: area }),
    title: (d: AssessmentDefinition) => (en ? d.titleEn : d.titleSv),
    item: (i: AssessmentItem) => (en ? i.textEn : i.textSv),
  };
}

export function AssessmentsPanel() {
  const record = useRecordContext<{ id: string }>();
  const participantId = record?.id;
  const translate = useTranslate();
  const finsam = useFinsam();
  const notify = useNotify();
  const localized = useLocalized();
  const [definitions, setDefinitions] = useState<AssessmentDefinition[]>([]);
  const [data, setData] = useState<ParticipantAssessments | null>(null);
  const [open, setOpen] = useState(false);
  const t = (key: string, options?: Record<string, unknown>) => translate(`${P}.${key}`, options);

  const load = useCallback(async () => {
    if (!participantId) return;
    try {
      const [defs, assessments] = await Promise.all([
        finsam.assessmentDefinitions(),
        finsam.participantAssessments(participantId),
      ]);
      setDefinitions(defs);
      setData(assessments);
    } catch (error) {
      notify(errorText(error), { type: 'error' });
    }
  }, [finsam, notify, participantId]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!participantId) return null;
  const used = definitions.filter((d) => data?.assessments.some((a) => a.definition === d.key));

  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }}>
        <Typography variant="h6" component="h2">
          {t('title')}
        </Typography>
        <Button
          variant="outlined"
          disabled={definitions.length === 0}
          onClick={() => setOpen(true)}
        >
          {t('record')}
        </Button>
      </Stack>
      {data !== null && used.length === 0 && <Typography>{t('empty')}</Typography>}
      {used.map((definition) => {
        const history = definitionHistory(definition, data?.assessments ?? []);
        const title = localized.title(definition);
        const hasChange = history.assessments.length > 1;
        return (
          <Box key={definition.key} sx={{ mb: 4 }} component="section" aria-label={title}>
            <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
              {title}
            </Typography>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {hasChange
                ? t('span', {
                    count: history.assessments.length,
                    from: formatDate(history.assessments[0]?.on),
                    to: formatDate(history.assessments[history.assessments.length - 1]?.on),
                  })
                : t('onlyOne')}
            </Typography>
            <Table size="small" aria-label={t('byArea', { title })} sx={{ mb: 2, maxWidth: 640 }}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('area')}</TableCell>
                  <TableCell align="right">{t('first')}</TableCell>
                  <TableCell align="right">{t('latest')}</TableCell>
                  <TableCell align="right">{t('change')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {history.areas.map((a) => (
                  <TableRow key={a.area}>
                    <TableCell>{localized.area(a.area)}</TableCell>
                    <TableCell align="right">{formatScore(a.first)}</TableCell>
                    <TableCell align="right">{formatScore(a.last)}</TableCell>
                    <TableCell align="right">{formatChange(a.change)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small" aria-label={t('byItem', { title })}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('item')}</TableCell>
                    <TableCell>{t('area')}</TableCell>
                    {history.assessments.map((a) => (
                      <TableCell key={a.id} align="right">
                        {formatDate(a.on)}
                      </TableCell>
                    ))}
                    <TableCell align="right">{t('change')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {history.items.map((row) => (
                    <TableRow key={row.item.key}>
                      <TableCell>{localized.item(row.item)}</TableCell>
                      <TableCell>{localized.area(row.item.area)}</TableCell>
                      {row.scores.map((score, i) => (
                        <TableCell key={history.assessments[i]?.id ?? i} align="right">
                          {formatScore(score)}
                        </TableCell>
                      ))}
                      <TableCell align="right">{formatChange(row.change)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
            <Table size="small" aria-label={t('list', { title })} sx={{ mt: 2, maxWidth: 800 }}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('on')}</TableCell>
                  <TableCell>{t('recordedBy')}</TableCell>
                  <TableCell>{t('note')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {history.assessments.map((a) => (
                  <TableRow key={a.id}>
                    <TableCell>{formatDate(a.on)}</TableCell>
                    <TableCell>{a.recordedByName ?? '–'}</TableCell>
                    <TableCell>{a.note ?? ''}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        );
      })}
      {open && (
        <RecordAssessmentDialog
          participantId={participantId}
          definitions={definitions}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            void load();
          }}
        />
      )}
    </Box>
  );
}

function RecordAssessmentDialog({
  participantId,
  definitions,
  onClose,
  onSaved,
}: {
  participantId: string;
  definitions: AssessmentDefinition[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const translate = useTranslate();
  const finsam = useFinsam();
  const notify = useNotify();
  const localized = useLocalized();
  const [key, setKey] = useState(definitions[0]?.key ?? '');
  const [on, setOn] = useState(toIsoDate(new Date()));
  const [note, setNote] = useState('');
  const [picked, setPicked] = useState<Record<string, number>>({});
  const [busy, setBusy] = useState(false);
  const t = (k: string) => translate(`${P}.${k}`);
  const definition = definitions.find((d) => d.key === key);
  const scores = definition ? completeScores(definition, picked) : null;
  const valid = scores !== null && isIsoDate(on);

  const save = async () => {
    if (!definition || scores === null) return;
    setBusy(true);
    try {
      await finsam.recordAssessment({
        participantId,
        definition: definition.key,
        on,
        note: note.trim() || null,
        scores,
      });
      notify(`${P}.saved`, { type: 'success' });
      onSaved();
    } catch (error) {
      notify(errorText(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="assessment-title" maxWidth="md" fullWidth>
      <DialogTitle id="assessment-title">{t('record')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap>
            <TextField
              select
              fullWidth={false}
              sx={{ minWidth: 260 }}
              label={t('definition')}
              value={key}
              onChange={(e) => {
                setKey(e.target.value);
                setPicked({});
              }}
            >
              {definitions.map((d) => (
                <MenuItem key={d.key} value={d.key}>
                  {localized.title(d)}
                </MenuItem>
              ))}
            </TextField>
            <IsoDateInput label={t('on')} value={on} onChange={setOn} required />
          </Stack>
          <Typography variant="body2">
            {translate(`${P}.scale.${definition?.kind ?? 'other'}`, {
              _: translate(`${P}.scale.other`),
            })}
          </Typography>
          {definition?.items.map((item) => {
            const labelId = `assessment-item-${item.key}`;
            return (
              <FormControl key={item.key} required>
                <FormLabel id={labelId}>
                  {localized.item(item)} ({localized.area(item.area)})
                </FormLabel>
                <RadioGroup
                  row
                  aria-labelledby={labelId}
                  value={picked[item.key] === undefined ? '' : String(picked[item.key])}
                  onChange={(e) => setPicked({ ...picked, [item.key]: Number(e.target.value) })}
                >
                  {SCORES.map((s) => (
                    <FormControlLabel
                      key={s}
                      value={String(s)}
                      control={<Radio size="small" />}
                      label={String(s)}
                    />
                  ))}
                </RadioGroup>
              </FormControl>
            );
          })}
          <TextField
            label={t('note')}
            value={note}
            multiline
            minRows={2}
            onChange={(e) => setNote(e.target.value)}
            helperText={t('noteHelp')}
          />
          {!valid && <Alert severity="info">{t('incomplete')}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={!valid || busy} onClick={() => void save()}>
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
