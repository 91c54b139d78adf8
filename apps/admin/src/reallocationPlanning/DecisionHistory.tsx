// Earlier decisions for the project, newest first: who, when, why, before/after.
import {
  Box,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { Reallocation } from '../api/types';
import { formatDate, formatDateTime, formatFte, formatFteChange } from '../lib/format';
import { methodLabelKey } from './methods';

type ReallocationRecord = Reallocation & { id: string };

export function DecisionHistory({ projectId }: { projectId: string }) {
  const translate = useTranslate();
  const { data, isPending, error } = useGetList<ReallocationRecord>('Reallocation', {
    filter: { projectId },
    sort: { field: 'decidedAt', order: 'DESC' },
    pagination: { page: 1, perPage: 25 },
  });
  return (
    <Box component="section" aria-labelledby="history-title">
      <Typography id="history-title" variant="h6" component="h2" gutterBottom>
        {translate('app.reallocation.history')}
      </Typography>
      {isPending && <Typography>{translate('ra.page.loading')}</Typography>}
      {error != null && <Typography color="error">{translate('app.error.load')}</Typography>}
      {data?.length === 0 && <Typography>{translate('app.reallocation.no_history')}</Typography>}
      <Stack spacing={2} data-testid="decision-history">
        {(data ?? []).map((decision) => (
          <Card key={decision.id} variant="outlined" data-testid="decision-history-entry">
            <CardContent>
              <Typography variant="subtitle1" component="h3">
                {translate('app.reallocation.history_entry', {
                  date: formatDate(decision.effectiveFrom),
                  who: decision.decidedByName,
                  when: formatDateTime(decision.decidedAt),
                })}
                {decision.method ? ` (${translate(methodLabelKey(decision.method))})` : ''}
              </Typography>
              {/* The reason as the steering group wrote it, quoted: in whatever language it was
                  written, not the panel's. */}
              <Typography
                variant="body2"
                component="blockquote"
                sx={{ whiteSpace: 'pre-wrap', m: 0, mb: 1 }}
              >
                {decision.reason}
              </Typography>
              {(decision.proposedByName || decision.delegationReference) && (
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                  {decision.proposedByName
                    ? translate('app.reallocation.rules.proposed_by', {
                        who: decision.proposedByName,
                      })
                    : translate('app.reallocation.rules.under_delegation', {
                        reference: decision.delegationReference,
                      })}
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
                  {decision.lines.map((line) => (
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
            </CardContent>
          </Card>
        ))}
      </Stack>
    </Box>
  );
}
