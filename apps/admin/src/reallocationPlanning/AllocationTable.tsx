// Per municipality: current FTE, participants, caseload per FTE, IPS band, waiting referrals,
// and the editable proposed FTE with its change.
import {
  Chip,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableRow,
  Tooltip,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AllocationRow } from '../api/types';
import { formatDecimal, formatFte, formatFteChange } from '../lib/format';
import { CapacityChip } from './CapacityChip';
import { FteStepper } from './FteStepper';
import { changeOf, totalCurrent, totalProposed, type DraftLine } from './draft';

export interface AllocationTableProps {
  rows: readonly AllocationRow[];
  lines: readonly DraftLine[];
  step: number;
  /** The months the mean caseload is followed over. */
  windowMonths?: number;
  invalidIds: ReadonlySet<string>;
  readOnly: boolean;
  onStep: (municipalityId: string, direction: 1 | -1) => void;
  onSet: (municipalityId: string, fte: number) => void;
}

export function AllocationTable(props: AllocationTableProps) {
  const { rows, lines, step, invalidIds, readOnly, onStep, onSet, windowMonths = 6 } = props;
  const translate = useTranslate();
  const byId = new Map(rows.map((r) => [r.municipalityId, r]));
  const t = (key: string) => translate(`app.reallocation.col.${key}`);
  return (
    <Table size="small" aria-label={translate('app.reallocation.table_label')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('municipality')}</TableCell>
          <TableCell align="right">{t('current')}</TableCell>
          <TableCell align="right">{t('participants')}</TableCell>
          <TableCell align="right">{t('caseload')}</TableCell>
          <TableCell align="right">
            {translate('app.reallocation.rules.mean', { months: windowMonths })}
          </TableCell>
          <TableCell align="center">{t('band')}</TableCell>
          <TableCell align="right">{t('waiting')}</TableCell>
          <TableCell align="center">{t('proposed')}</TableCell>
          <TableCell align="right">{t('change')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((line) => {
          const row = byId.get(line.municipalityId);
          const change = changeOf(line);
          return (
            <TableRow
              key={line.municipalityId}
              data-testid={`allocation-row-${line.municipalityName}`}
            >
              <TableCell component="th" scope="row">
                {line.municipalityName}
              </TableCell>
              <TableCell align="right">{formatFte(line.currentFte)}</TableCell>
              <TableCell align="right">{row?.activeParticipants ?? '–'}</TableCell>
              <TableCell align="right">{formatDecimal(row?.caseloadPerFte)}</TableCell>
              <TableCell align="right" data-testid={`mean-${line.municipalityName}`}>
                {formatDecimal(row?.meanActive)}
              </TableCell>
              <TableCell align="center">
                <CapacityChip status={row?.capacity} />
                {row?.band != null ? (
                  <Tooltip title={translate('app.reallocation.band_help')}>
                    <Chip size="small" label={row.band} />
                  </Tooltip>
                ) : (
                  '–'
                )}
              </TableCell>
              <TableCell align="right">{row?.referralsWaiting ?? '–'}</TableCell>
              <TableCell align="center">
                <FteStepper
                  municipalityName={line.municipalityName}
                  value={line.proposedFte}
                  step={step}
                  invalid={invalidIds.has(line.municipalityId)}
                  disabled={readOnly}
                  onStep={(direction) => onStep(line.municipalityId, direction)}
                  onSet={(fte) => onSet(line.municipalityId, fte)}
                />
              </TableCell>
              <TableCell
                align="right"
                data-testid={`change-${line.municipalityName}`}
                sx={{ fontWeight: change !== 0 ? 700 : 400 }}
              >
                {formatFteChange(change)}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell component="th" scope="row">
            {t('total')}
          </TableCell>
          <TableCell align="right">{formatFte(totalCurrent(lines))}</TableCell>
          <TableCell colSpan={5} />
          <TableCell align="center" data-testid="proposed-total">
            {formatFte(totalProposed(lines))}
          </TableCell>
          <TableCell align="right">
            {formatFteChange(totalProposed(lines) - totalCurrent(lines))}
          </TableCell>
        </TableRow>
      </TableFooter>
    </Table>
  );
}
