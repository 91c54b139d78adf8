// The steering group's proposals to the board (projects where the board decides): the board
// approves or rejects a pending one here, its one write; everyone else sees their state.
import { useState } from 'react';
import {
  Box,
  Button,
  Card,
  CardContent,
  Chip,
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
import type { ReallocationProposal } from '../api/reallocationRulesOperations';
import { useFinsam } from '../api/useFinsam';
import { formatDate, formatDateTime, formatFte, formatFteChange } from '../lib/format';
import { useFinsamQuery } from '../api/useFinsamQuery';

export function ProposalList(props: {
  projectId: string;
  canReview: boolean;
  /** Changes whenever the page wants a fresh list (a new proposal, a decision). */
  reloadKey?: number;
  onReviewed?: () => void;
}) {
  const translate = useTranslate();
  const finsam = useFinsam();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`app.reallocation.proposals.${key}`, options);
  const proposals = useFinsamQuery(
    ['reallocationProposals', props.projectId, props.reloadKey],
    () => finsam.reallocationProposals({ projectId: props.projectId }),
  );
  const list = proposals.data ?? [];
  return (
    <Box component="section" aria-labelledby="proposals-title" sx={{ my: 2 }}>
      <Typography id="proposals-title" variant="h6" component="h2" gutterBottom>
        {t('title')}
      </Typography>
      {list.length === 0 && <Typography>{t('none')}</Typography>}
      <Stack spacing={2} data-testid="proposal-list">
        {list.map((proposal) => (
          <ProposalCard
            key={proposal.id}
            proposal={proposal}
            canReview={props.canReview && proposal.status === 'PENDING'}
            onReviewed={() => {
              void proposals.reload();
              props.onReviewed?.();
            }}
          />
        ))}
      </Stack>
    </Box>
  );
}

function ProposalCard(props: {
  proposal: ReallocationProposal;
  canReview: boolean;
  onReviewed: () => void;
}) {
  const { proposal } = props;
  const translate = useTranslate();
  const notify = useNotify();
  const finsam = useFinsam();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`app.reallocation.proposals.${key}`, options);
  const review = async (approve: boolean) => {
    setBusy(true);
    try {
      await finsam.reviewReallocationProposal({ id: proposal.id, approve, note: note || null });
      notify(approve ? t('approved') : t('rejected'), { type: 'success' });
      props.onReviewed();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'app.error.INTERNAL_SERVER_ERROR', {
        type: 'error',
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card variant="outlined" data-testid="proposal">
      <CardContent>
        <Stack direction="row" spacing={1} alignItems="center">
          <Typography variant="subtitle1" component="h3">
            {t('entry', {
              date: formatDate(proposal.effectiveFrom),
              who: proposal.proposedByName,
              when: formatDateTime(proposal.proposedAt),
            })}
          </Typography>
          <Chip size="small" label={t(`status.${proposal.status}`)} />
        </Stack>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', my: 1 }}>
          {proposal.reason}
        </Typography>
        {proposal.reviewedByName && (
          <Typography variant="body2" color="text.secondary">
            {t('reviewed', {
              who: proposal.reviewedByName,
              when: formatDateTime(proposal.reviewedAt),
            })}
            {proposal.reviewNote ? ` – ${proposal.reviewNote}` : ''}
          </Typography>
        )}
        <Table size="small" aria-label={translate('app.reallocation.history_lines')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.reallocation.col.municipality')}</TableCell>
              <TableCell align="right">{translate('app.reallocation.before')}</TableCell>
              <TableCell align="right">{translate('app.reallocation.after')}</TableCell>
              <TableCell align="right">{translate('app.reallocation.col.change')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {proposal.lines
              .filter((l) => l.fteAfter !== l.fteBefore)
              .map((line) => (
                <TableRow key={line.municipalityId}>
                  <TableCell>{line.municipalityName}</TableCell>
                  <TableCell align="right">{formatFte(line.fteBefore)}</TableCell>
                  <TableCell align="right">{formatFte(line.fteAfter)}</TableCell>
                  <TableCell align="right">
                    {formatFteChange(line.fteAfter - line.fteBefore)}
                  </TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
        {props.canReview && (
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mt: 2 }}>
            <TextField
              size="small"
              label={t('note')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
            <Button variant="contained" disabled={busy} onClick={() => void review(true)}>
              {t('approve')}
            </Button>
            <Button variant="outlined" disabled={busy} onClick={() => void review(false)}>
              {t('reject')}
            </Button>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
