// English strings of assessments, the audit log and the SUS export
// (`app.assessment.*`, `app.audit.*`, `app.sus.*`).
import type { assessmentSv, auditSv, susSv } from './followUpSv';

export const assessmentEn: typeof assessmentSv = {
  tab: 'Assessments',
  title: 'Assessments',
  record: 'Record assessment',
  empty: 'No assessments have been recorded.',
  span: '%{count} assessments from %{from} to %{to}: first compared with latest.',
  onlyOne: 'One assessment: change is shown once there are at least two.',
  byArea: '%{title}: change per area',
  byItem: '%{title}: scores per item and date',
  list: '%{title}: recorded assessments',
  area: 'Area',
  areas: {
    work: 'Work',
    social: 'Social',
    daily_life: 'Daily life',
    health: 'Health',
    physical: 'Physical ability',
    mental: 'Mental ability',
    education: 'Education',
    life: 'Life situation',
  },
  item: 'Item',
  first: 'First',
  latest: 'Latest',
  change: 'Change',
  on: 'Date',
  recordedBy: 'Recorded by',
  note: 'Note',
  noteHelp: 'Optional. Visible only to the coach and the manager.',
  definition: 'Assessment instrument',
  scale: {
    self_rating: 'Give 1–5 for each statement: 1 = not at all true, 5 = completely true.',
    mapping: 'Give 1–5 for each area: 1–2 = obstacle, 3 = neither, 4–5 = strength.',
    other: 'Give 1–5 for each item (1 = lowest, 5 = highest).',
  },
  incomplete: 'Enter a valid date and a score for every item.',
  saved: 'The assessment has been recorded.',
};

export const auditEn: typeof auditSv = {
  menu: 'Audit log',
  title: 'Audit log',
  filters: 'Audit log filters',
  entityId: 'Person/record (id)',
  entityIds: 'People/records (id)',
  idCount: '%{smart_count} record |||| %{smart_count} records',
  idsMore: '… and %{smart_count} more',
  userId: 'User (id)',
  from: 'From (YYYY-MM-DD)',
  to: 'To (YYYY-MM-DD)',
  apply: 'Filter',
  clear: 'Clear',
  empty: 'No events match the filter.',
  at: 'Time',
  user: 'User',
  role: 'Role',
  action: 'Event',
  entity: 'Type',
  perPage: 'Rows per page:',
};

export const susEn: typeof susSv = {
  title: 'SUS export',
  help: 'SUS registrations in the period as CSV. People without a current consent to SUS registration are left out.',
  from: 'From',
  to: 'To (exclusive)',
  download: 'Download CSV',
  done: 'The SUS export has been downloaded.',
};
