import TimelineIcon from '@mui/icons-material/Timeline';
import { EnrollmentList } from './EnrollmentList';
import { EnrollmentShow } from './EnrollmentShow';

export const enrollments = {
  list: EnrollmentList,
  show: EnrollmentShow,
  edit: undefined,
  create: undefined,
  icon: TimelineIcon,
  recordRepresentation: 'participantName',
};
