// The project's reallocation rules: who decides (the manager records the board's decision)
// and the minimum and maximum FTE per municipality (steering group and manager).
import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  FormControlLabel,
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
import { useNotify, useTranslate } from 'react-admin';
import type { Role } from '../api/types';
import type { DecisionMode, ReallocationSettings } from '../api/reallocationRulesOperations';
import { useFinsam } from '../api/useFinsam';
import { formatFte, parseFte } from '../lib/format';
import { can, usePolicy } from '../auth/permissions';

type Draft = Record<string, { min: string; max: string }>;

const toText = (value: number | null) => (value === null ? '' : formatFte(value));

export function RulesPanel(props: {
  settings: ReallocationSettings;
  role: Role | undefined;
  onSaved: (settings: ReallocationSettings) => void;
}) {
  const { settings, role } = props;
  const translate = useTranslate();
  const notify = useNotify();
  const finsam = useFinsam();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`app.reallocation.rules.${key}`, options);
  const [mode, setMode] = useState<DecisionMode>(settings.decisionMode);
  const [reference, setReference] = useState(settings.delegationReference ?? '');
  const [bounds, setBounds] = useState<Draft>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    setMode(settings.decisionMode);
    setReference(settings.delegationReference ?? '');
    setBounds(
      Object.fromEntries(
        settings.bounds.map((b) => [b.municipalityId, { min: toText(b.min), max: toText(b.max) }]),
      ),
    );
  }, [settings]);
  const editsBounds = can(usePolicy(), 'reallocation.configure');
  // Who decides (the delegation) is the manager's alone: a rule of the service, not the table.
  const editsMode = role === 'MANAGER';

  const onSave = async () => {
    setSaving(true);
    try {
      const saved = await finsam.updateReallocationSettings({
        projectId: settings.projectId,
        decisionMode: mode,
        delegationReference: reference.trim() === '' ? null : reference.trim(),
        bounds: settings.bounds.map((b) => ({
          municipalityId: b.municipalityId,
          min: parseFte(bounds[b.municipalityId]?.min ?? ''),
          max: parseFte(bounds[b.municipalityId]?.max ?? ''),
        })),
      });
      notify('app.reallocation.rules.saved', { type: 'success' });
      props.onSaved(saved);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'app.error.INTERNAL_SERVER_ERROR', {
        type: 'error',
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack spacing={2} component="section" aria-labelledby="rules-title">
      <Typography id="rules-title" variant="h6" component="h2">
        {t('title')}
      </Typography>
      <Alert severity="info" data-testid="decision-mode">
        {settings.decisionMode === 'BOARD_APPROVAL'
          ? t('mode_board')
          : settings.delegationReference
            ? t('mode_delegated', { reference: settings.delegationReference })
            : t('mode_delegated_unknown')}
      </Alert>
      {editsMode && (
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <RadioGroup
            row
            aria-label={t('who_decides')}
            value={mode}
            onChange={(e) => setMode(e.target.value as DecisionMode)}
          >
            <FormControlLabel value="DELEGATED" control={<Radio />} label={t('DELEGATED')} />
            <FormControlLabel
              value="BOARD_APPROVAL"
              control={<Radio />}
              label={t('BOARD_APPROVAL')}
            />
          </RadioGroup>
          <TextField
            size="small"
            label={t('reference')}
            helperText={t('reference_help')}
            value={reference}
            disabled={mode !== 'DELEGATED'}
            onChange={(e) => setReference(e.target.value)}
          />
        </Stack>
      )}
      <Typography variant="body2">
        {t('bounds_help', { min: formatFte(settings.defaultMinFte) })}
      </Typography>
      <Table size="small" aria-label={t('bounds')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.reallocation.col.municipality')}</TableCell>
            <TableCell>{t('min')}</TableCell>
            <TableCell>{t('max')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {settings.bounds.map((b) => (
            <TableRow key={b.municipalityId}>
              <TableCell component="th" scope="row">
                {b.municipalityName}
              </TableCell>
              {(['min', 'max'] as const).map((key) => (
                <TableCell key={key}>
                  <TextField
                    size="small"
                    disabled={!editsBounds}
                    placeholder={key === 'min' ? t('default_min') : t('no_max')}
                    value={bounds[b.municipalityId]?.[key] ?? ''}
                    onChange={(e) =>
                      setBounds((all) => ({
                        ...all,
                        [b.municipalityId]: {
                          min: all[b.municipalityId]?.min ?? '',
                          max: all[b.municipalityId]?.max ?? '',
                          [key]: e.target.value,
                        },
                      }))
                    }
                    slotProps={{
                      htmlInput: { 'aria-label': t(`${key}_for`, { name: b.municipalityName }) },
                    }}
                  />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {editsBounds && (
        <Button variant="outlined" onClick={() => void onSave()} disabled={saving}>
          {t('save')}
        </Button>
      )}
    </Stack>
  );
}
