// Granskningslogg (managers): who did what, filtered by person, user and period, page by page.
// One entry is one action with every record it touched (a list read holds the whole page).
import { useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { useFinsam } from '../api/useFinsam';
import { IsoDateInput } from '../common/IsoDateInput';
import { formatDateTime } from '../lib/format';
import { useFinsamQuery } from '../api/useFinsamQuery';
import { EntityIdsCell } from './EntityIdsCell';
import { auditFilter, type AuditFilterDraft } from './filters';

const P = 'app.audit';
const EMPTY: AuditFilterDraft = { entityId: '', userId: '', from: '', to: '' };

export function AuditLogPage() {
  const translate = useTranslate();
  const finsam = useFinsam();
  const [draft, setDraft] = useState<AuditFilterDraft>(EMPTY);
  const [applied, setApplied] = useState<AuditFilterDraft>(EMPTY);
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const t = (key: string) => translate(`${P}.${key}`);
  const filter = useMemo(() => auditFilter(applied), [applied]);
  const draftValid = auditFilter(draft) !== null;
  const log = useFinsamQuery(
    ['auditLog', filter, page, perPage],
    filter ? () => finsam.auditLog({ page, perPage, ...filter }) : null,
  );
  const apply = () => {
    setApplied(draft);
    setPage(0);
  };
  const clear = () => {
    setDraft(EMPTY);
    setApplied(EMPTY);
    setPage(0);
  };
  const set = (field: keyof AuditFilterDraft) => (value: string) =>
    setDraft({ ...draft, [field]: value });

  return (
    <Stack spacing={2} sx={{ my: 2 }}>
      <Title title={t('title')} />
      <Typography variant="h5" component="h1">
        {t('title')}
      </Typography>
      <Card>
        <CardContent>
          <Box
            component="form"
            aria-label={t('filters')}
            onSubmit={(e) => {
              e.preventDefault();
              if (draftValid) apply();
            }}
          >
            <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap alignItems="center">
              <TextField
                size="small"
                fullWidth={false}
                label={t('entityId')}
                value={draft.entityId}
                onChange={(e) => set('entityId')(e.target.value)}
              />
              <TextField
                size="small"
                fullWidth={false}
                label={t('userId')}
                value={draft.userId}
                onChange={(e) => set('userId')(e.target.value)}
              />
              <IsoDateInput
                size="small"
                label={t('from')}
                value={draft.from}
                onChange={set('from')}
              />
              <IsoDateInput size="small" label={t('to')} value={draft.to} onChange={set('to')} />
              <Button type="submit" variant="contained" disabled={!draftValid}>
                {t('apply')}
              </Button>
              <Button onClick={clear}>{t('clear')}</Button>
            </Stack>
          </Box>
        </CardContent>
      </Card>
      <Card>
        <CardContent sx={{ overflowX: 'auto' }}>
          {log.error != null && <Alert severity="error">{translate('app.error.load')}</Alert>}
          {log.loading && <CircularProgress aria-label={translate('ra.page.loading')} />}
          {log.data && log.data.entries.length === 0 && <Typography>{t('empty')}</Typography>}
          {log.data && log.data.entries.length > 0 && (
            <Table size="small" aria-label={t('title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('at')}</TableCell>
                  <TableCell>{t('user')}</TableCell>
                  <TableCell>{t('role')}</TableCell>
                  <TableCell>{t('action')}</TableCell>
                  <TableCell>{t('entity')}</TableCell>
                  <TableCell>{t('entityIds')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {log.data.entries.map((e) => (
                  <TableRow key={e.id}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</TableCell>
                    <TableCell>{e.userName ?? e.userId ?? '–'}</TableCell>
                    <TableCell>
                      {e.role
                        ? translate(`app.enum.Role.${e.role.toUpperCase()}`, { _: e.role })
                        : '–'}
                    </TableCell>
                    <TableCell>{translate(`${P}.actions.${e.action}`, { _: e.action })}</TableCell>
                    <TableCell>{translate(`${P}.entities.${e.entity}`, { _: e.entity })}</TableCell>
                    <TableCell>
                      <EntityIdsCell ids={e.entityIds} first={filter?.entityId} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {log.data && (
            <TablePagination
              component="div"
              count={log.data.total}
              page={page}
              rowsPerPage={perPage}
              rowsPerPageOptions={[25, 50, 100]}
              onPageChange={(_, p) => setPage(p)}
              onRowsPerPageChange={(e) => {
                setPerPage(Number(e.target.value));
                setPage(0);
              }}
              labelRowsPerPage={t('perPage')}
              labelDisplayedRows={({ from, to, count }) =>
                translate(`${P}.rows`, { from, to, count })
              }
            />
          )}
        </CardContent>
      </Card>
    </Stack>
  );
}
