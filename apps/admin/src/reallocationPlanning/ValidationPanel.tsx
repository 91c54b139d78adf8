// Live validation: the browser's own checks, the server's violations and the budget effect.
import {
  Alert,
  Box,
  CircularProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { BudgetEffect, Violation } from '../api/types';
import { formatMoney, formatMoneyChange } from '../lib/format';
import type { LocalViolation } from './draft';

export interface ValidationPanelProps {
  local: readonly LocalViolation[];
  server: readonly Violation[] | undefined;
  budgetEffect: BudgetEffect | undefined;
  checking: boolean;
  nameOf: (municipalityId: string | null) => string;
}

export function ValidationPanel(props: ValidationPanelProps) {
  const { local, server, budgetEffect, checking, nameOf } = props;
  const translate = useTranslate();
  const messages = [
    ...local
      .filter((v) => v.code !== 'DRAFT.UNCHANGED')
      .map((v) => ({
        key: `${v.code}-${v.municipalityId ?? ''}`,
        severity: v.code === 'TOTAL.CHANGED' ? ('warning' as const) : ('error' as const),
        text: translate(`app.reallocation.local.${v.code}`, { name: nameOf(v.municipalityId) }),
      })),
    ...(server ?? []).map((v, i) => ({
      key: `server-${i}`,
      severity: 'error' as const,
      text: v.municipalityId ? `${nameOf(v.municipalityId)}: ${v.message}` : v.message,
    })),
  ];
  return (
    <Stack spacing={1} aria-live="polite" data-testid="draft-validation">
      <Stack direction="row" spacing={1} alignItems="center">
        <Typography variant="subtitle1" component="h3">
          {translate('app.reallocation.validation')}
        </Typography>
        {checking && (
          <CircularProgress size={16} aria-label={translate('app.reallocation.checking')} />
        )}
      </Stack>
      {messages.length === 0 ? (
        <Alert severity="success">{translate('app.reallocation.valid')}</Alert>
      ) : (
        messages.map((m) => (
          <Alert key={m.key} severity={m.severity}>
            {m.text}
          </Alert>
        ))
      )}
      {budgetEffect && <BudgetEffectTable effect={budgetEffect} />}
    </Stack>
  );
}

function BudgetEffectTable({ effect }: { effect: BudgetEffect }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.budget.${key}`);
  const rows: [string, string, string][] = [
    [t('budget'), formatMoney(effect.budget), ''],
    [t('committed'), formatMoney(effect.committed), ''],
    [
      t('forecast'),
      `${formatMoney(effect.forecastBefore)} → ${formatMoney(effect.forecastAfter)}`,
      formatMoneyChange(effect.forecastAfter - effect.forecastBefore),
    ],
    [
      t('margin'),
      `${formatMoney(effect.marginBefore)} → ${formatMoney(effect.marginAfter)}`,
      formatMoneyChange(effect.marginAfter - effect.marginBefore),
    ],
  ];
  return (
    <Box>
      <Typography variant="subtitle2" component="h4">
        {t('effect')}
      </Typography>
      <Table size="small" data-testid="budget-effect" aria-label={t('effect')}>
        <TableBody>
          {rows.map(([label, value, change]) => (
            <TableRow key={label}>
              <TableCell component="th" scope="row">
                {label}
              </TableCell>
              <TableCell align="right">{value}</TableCell>
              <TableCell align="right">{change}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {effect.marginAfter < 0 && <Alert severity="error">{t('over')}</Alert>}
    </Box>
  );
}
