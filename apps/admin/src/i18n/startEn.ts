// Start pages per role (app.start).
import type { startSv } from './startSv';

export const startEn: typeof startSv = {
  title: 'Start',
  menu: 'Start',
  showAll: 'Show all',
  coach: {
    heading: 'My participants and what is due',
    caseload: 'My active participants',
    caseloadEmpty: 'You have no active participants.',
    participant: 'Participant',
    step: 'Step',
    stepSince: 'In this step since',
    daysInStep: 'Days in step',
    followUpsDue: 'Follow-ups to record (overdue or due within four weeks)',
    followUpsDueEmpty: 'No follow-ups due right now.',
    followUp: 'Follow-up',
    monthsAfter: '%{months} months after discharge',
    dueOn: 'Due',
    overdue: 'overdue',
    referralsToDecide: 'Referrals to decide at the SE-group meeting',
    referralsToDecideEmpty: 'No referrals are waiting for a decision.',
    receivedOn: 'Received',
    nextMeeting: 'Next SE-group meeting: %{date}.',
    noMeetingPlanned: 'No coming SE-group meeting is recorded (latest: %{date}).',
  },
  referrer: {
    heading: 'My referrals',
    byState: 'My referrals by state',
    create: 'New referral',
    latest: 'Latest referrals',
    empty: 'You have not sent any referral yet.',
    receivedOn: 'Received',
    municipality: 'Municipality',
    state: 'State',
  },
  external: {
    heading: 'Figures published by %{association}',
    intro:
      'The figures are compiled with disclosure control: small counts are not shown. Reports has more tables and CSV files.',
    outcome: 'Outcome this year',
    allReports: 'All reports',
  },
};
