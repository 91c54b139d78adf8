// A coach's start page: their own caseload with each participant's step (longest in the same
// step first, so the moves that are due come first), the follow-ups due, and the referrals
// their SE group is to decide at its next meeting. Everything through the API's own lists,
// which already narrow a coach to their own participants and municipality.
import { useMemo } from 'react';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, Title, useGetList, useGetMany, useTranslate } from 'react-admin';
import { formatDate, toIsoDate } from '../lib/format';
import { StartGrid, StartSection, daysBetween } from './StartSection';

interface EnrollmentRow {
  id: string;
  participantName: string;
  currentPhase: string;
  enrolledOn: string;
  phases: { phase: string; on: string }[];
}
interface FollowUpRow {
  id: string;
  enrollmentId: string;
  dueOn: string;
  monthsAfter: number;
}
interface ReferralRow {
  id: string;
  participantName: string;
  receivedOn: string;
}
interface MeetingRow {
  id: string;
  heldOn: string;
}

function phaseSince(enrollment: EnrollmentRow): string {
  return enrollment.phases.at(-1)?.on ?? enrollment.enrolledOn;
}

export function CoachStart() {
  const translate = useTranslate();
  const today = useMemo(() => toIsoDate(new Date()), []);
  return (
    <StartGrid heading={translate('app.start.coach.heading')}>
      <Title title={translate('app.start.title')} />
      <Caseload today={today} />
      <FollowUpsDue today={today} />
      <ReferralsToDecide today={today} />
    </StartGrid>
  );
}

function Caseload({ today }: { today: string }) {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.start.coach.${key}`, options);
  const { data, total, isPending, error } = useGetList<EnrollmentRow>('Enrollment', {
    filter: { active: true },
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'enrolledOn', order: 'ASC' },
  });
  const rows = useMemo(
    () => [...(data ?? [])].sort((a, b) => phaseSince(a).localeCompare(phaseSince(b))),
    [data],
  );
  return (
    <StartSection
      title={t('caseload')}
      total={total}
      isPending={isPending}
      error={error}
      isEmpty={rows.length === 0}
      empty={t('caseloadEmpty')}
      allTo={`/Enrollment?filter=${encodeURIComponent(JSON.stringify({ active: true }))}`}
    >
      <Table size="small" aria-label={t('caseload')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('participant')}</TableCell>
            <TableCell>{t('step')}</TableCell>
            <TableCell>{t('stepSince')}</TableCell>
            <TableCell align="right">{t('daysInStep')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} data-testid="caseload-row">
              <TableCell>
                <Link to={`/Enrollment/${row.id}/show`}>{row.participantName}</Link>
              </TableCell>
              <TableCell>{translate(`app.enum.Phase.${row.currentPhase}`)}</TableCell>
              <TableCell>{formatDate(phaseSince(row))}</TableCell>
              <TableCell align="right">{daysBetween(phaseSince(row), today)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </StartSection>
  );
}

function FollowUpsDue({ today }: { today: string }) {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.start.coach.${key}`, options);
  // The API decides what is open for recording (overdue, or due within four weeks) with its
  // one clock; oldest first.
  const { data, total, isPending, error } = useGetList<FollowUpRow>('FollowUp', {
    filter: { recordable: true },
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'dueOn', order: 'ASC' },
  });
  const due = data ?? [];
  const names = useGetMany<EnrollmentRow>(
    'Enrollment',
    { ids: due.map((f) => f.enrollmentId) },
    { enabled: due.length > 0 },
  );
  const nameOf = (enrollmentId: string) =>
    names.data?.find((e) => e.id === enrollmentId)?.participantName ?? '…';
  return (
    <StartSection
      title={t('followUpsDue')}
      total={total}
      isPending={isPending}
      error={error}
      isEmpty={due.length === 0}
      empty={t('followUpsDueEmpty')}
      allTo={`/FollowUp?filter=${encodeURIComponent(JSON.stringify({ recordable: true }))}`}
    >
      <Table size="small" aria-label={t('followUpsDue')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('participant')}</TableCell>
            <TableCell>{t('followUp')}</TableCell>
            <TableCell>{t('dueOn')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {due.map((row) => (
            <TableRow key={row.id} data-testid="follow-up-due-row">
              <TableCell>
                <Link to={`/FollowUp/${row.id}/show`}>{nameOf(row.enrollmentId)}</Link>
              </TableCell>
              <TableCell>{t('monthsAfter', { months: row.monthsAfter })}</TableCell>
              <TableCell>
                {formatDate(row.dueOn)}
                {row.dueOn < today ? ` – ${t('overdue')}` : ''}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </StartSection>
  );
}

function ReferralsToDecide({ today }: { today: string }) {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.start.coach.${key}`, options);
  const referrals = useGetList<ReferralRow>('Referral', {
    filter: { state: 'RECEIVED' },
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'receivedOn', order: 'ASC' },
  });
  const meetings = useGetList<MeetingRow>('SeGroupMeeting', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'heldOn', order: 'DESC' },
  });
  const latest = meetings.data?.[0];
  const next = latest && latest.heldOn >= today ? latest : undefined;
  const rows = referrals.data ?? [];
  return (
    <StartSection
      title={t('referralsToDecide')}
      total={referrals.total}
      isPending={referrals.isPending}
      error={referrals.error}
      isEmpty={rows.length === 0}
      empty={t('referralsToDecideEmpty')}
      allTo={`/Referral?filter=${encodeURIComponent(JSON.stringify({ state: 'RECEIVED' }))}`}
    >
      <p data-testid="next-meeting">
        {next
          ? t('nextMeeting', { date: formatDate(next.heldOn) })
          : t('noMeetingPlanned', {
              date: latest ? formatDate(latest.heldOn) : '–',
            })}
      </p>
      <Table size="small" aria-label={t('referralsToDecide')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('participant')}</TableCell>
            <TableCell>{t('receivedOn')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} data-testid="referral-to-decide-row">
              <TableCell>
                <Link to={`/Referral/${row.id}/show`}>{row.participantName}</Link>
              </TableCell>
              <TableCell>{formatDate(row.receivedOn)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </StartSection>
  );
}
