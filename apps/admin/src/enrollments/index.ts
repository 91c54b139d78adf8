import TimelineIcon from '@mui/icons-material/Timeline';
import { EnrollmentList } from './EnrollmentList';
import { EnrollmentShow } from './EnrollmentShow';
import { EnrollmentCreate } from './EnrollmentCreate';

export const enrollments = {
  list: EnrollmentList,
  show: EnrollmentShow,
  edit: undefined,
  create: EnrollmentCreate,
  icon: TimelineIcon,
  recordRepresentation: 'participantName',
};
