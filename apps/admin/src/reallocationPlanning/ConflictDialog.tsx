// Someone decided first: show the new current allocation next to the user's draft.
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Allocation } from '../api/types';
import { formatFte } from '../lib/format';
import type { DraftLine } from './draft';

export interface ConflictDialogProps {
  open: boolean;
  latest: Allocation | undefined;
  lines: readonly DraftLine[];
  onReload: () => void;
  onClose: () => void;
}

export function ConflictDialog({ open, latest, lines, onReload, onClose }: ConflictDialogProps) {
  const translate = useTranslate();
  const now = new Map((latest?.rows ?? []).map((r) => [r.municipalityId, r.fte]));
  return (
    // The page places focus itself when it closes (the decide button may be disabled then).
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby="conflict-title"
      maxWidth="sm"
      fullWidth
      disableRestoreFocus
    >
      <DialogTitle id="conflict-title">{translate('app.reallocation.conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('app.reallocation.conflict.text')}</DialogContentText>
        <Table size="small" aria-label={translate('app.reallocation.conflict.table')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.reallocation.col.municipality')}</TableCell>
              <TableCell align="right">{translate('app.reallocation.conflict.was')}</TableCell>
              <TableCell align="right">{translate('app.reallocation.conflict.now')}</TableCell>
              <TableCell align="right">{translate('app.reallocation.conflict.yours')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map((line) => {
              const current = now.get(line.municipalityId);
              const changed = current !== undefined && current !== line.currentFte;
              return (
                <TableRow key={line.municipalityId}>
                  <TableCell component="th" scope="row">
                    {line.municipalityName}
                  </TableCell>
                  <TableCell align="right">{formatFte(line.currentFte)}</TableCell>
                  <TableCell align="right" sx={{ fontWeight: changed ? 700 : 400 }}>
                    {formatFte(current)}
                  </TableCell>
                  <TableCell align="right">{formatFte(line.proposedFte)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
        <Button variant="contained" onClick={onReload} autoFocus>
          {translate('app.reallocation.conflict.reload')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
