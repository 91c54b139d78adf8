import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { CoachList } from './CoachList';
import { CoachShow } from './CoachShow';
import { CoachCreate, CoachEdit } from './CoachEdit';

export const coaches = {
  list: CoachList,
  show: CoachShow,
  edit: CoachEdit,
  create: CoachCreate,
  icon: SupportAgentIcon,
  recordRepresentation: 'name',
};
