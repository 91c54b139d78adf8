import TimelineIcon from '@mui/icons-material/Timeline';
import { lazyNamed } from '../lib/lazyNamed';

const EnrollmentList = lazyNamed(() => import('./EnrollmentList'), 'EnrollmentList');
const EnrollmentShow = lazyNamed(() => import('./EnrollmentShow'), 'EnrollmentShow');
const EnrollmentCreate = lazyNamed(() => import('./EnrollmentCreate'), 'EnrollmentCreate');

export const enrollments = {
  list: EnrollmentList,
  show: EnrollmentShow,
  edit: undefined,
  create: EnrollmentCreate,
  icon: TimelineIcon,
  recordRepresentation: 'participantName',
};
