// A referrer's start page: how their referrals stand (one count per state) and the latest
// ones with their state. The API lists only the referrer's own referrals, and shows them
// the state, never the SE group's notes.
import { useMemo } from 'react';
import {
  Button,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { Link, Title, useGetList, useTranslate } from 'react-admin';
import { formatDate } from '../lib/format';
import { StartGrid, StartSection } from './StartSection';

interface ReferralRow {
  id: string;
  participantName: string;
  receivedOn: string;
  municipalityId: string;
  state: string;
}

const STATES = ['RECEIVED', 'ACCEPTED', 'NOT_NOW', 'DECLINED', 'ESCALATED'] as const;
type State = (typeof STATES)[number];

/** One state and how many of the referrer's referrals are in it; a link to them. */
function StateChip({ state }: { state: State }) {
  const translate = useTranslate();
  const { total, isPending } = useGetList('Referral', {
    filter: { state },
    pagination: { page: 1, perPage: 1 },
  });
  const count = isPending ? '…' : String(total ?? 0);
  return (
    <Chip
      data-testid={`referral-state-${state}`}
      label={`${translate(`app.enum.ReferralState.${state}`)}: ${count}`}
      component={Link}
      to={`/Referral?filter=${encodeURIComponent(JSON.stringify({ state }))}`}
      clickable
    />
  );
}

export function ReferrerStart() {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.start.referrer.${key}`);
  const latest = useGetList<ReferralRow>('Referral', {
    pagination: { page: 1, perPage: 15 },
    sort: { field: 'receivedOn', order: 'DESC' },
  });
  const municipalities = useGetList<{ id: string; name: string }>('Municipality', {
    pagination: { page: 1, perPage: 100 },
  });
  const municipalityName = useMemo(() => {
    const names = new Map((municipalities.data ?? []).map((m) => [m.id, m.name]));
    return (id: string) => names.get(id) ?? '–';
  }, [municipalities.data]);
  const rows = latest.data ?? [];
  return (
    <StartGrid heading={t('heading')}>
      <Title title={translate('app.start.title')} />
      <StartSection
        title={t('byState')}
        total={latest.total}
        isPending={latest.isPending}
        error={latest.error}
        isEmpty={false}
        empty=""
      >
        <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap sx={{ my: 1 }}>
          {STATES.map((state) => (
            <StateChip key={state} state={state} />
          ))}
        </Stack>
        <Button component={Link} to="/Referral/create" startIcon={<AddIcon />} variant="contained">
          {t('create')}
        </Button>
      </StartSection>
      <StartSection
        title={t('latest')}
        isPending={latest.isPending}
        error={latest.error}
        isEmpty={rows.length === 0}
        empty={t('empty')}
        allTo="/Referral"
      >
        <Table size="small" aria-label={t('latest')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('receivedOn')}</TableCell>
              <TableCell>{t('municipality')}</TableCell>
              <TableCell>{t('state')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id} data-testid="my-referral-row">
                <TableCell>
                  <Link to={`/Referral/${row.id}/show`}>
                    {formatDate(row.receivedOn)}
                    {row.participantName ? ` – ${row.participantName}` : ''}
                  </Link>
                </TableCell>
                <TableCell>{municipalityName(row.municipalityId)}</TableCell>
                <TableCell>{translate(`app.enum.ReferralState.${row.state}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </StartSection>
    </StartGrid>
  );
}
