import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { lazyNamed } from '../lib/lazyNamed';

const CoachList = lazyNamed(() => import('./CoachList'), 'CoachList');
const CoachShow = lazyNamed(() => import('./CoachShow'), 'CoachShow');
const CoachCreate = lazyNamed(() => import('./CoachEdit'), 'CoachCreate');
const CoachEdit = lazyNamed(() => import('./CoachEdit'), 'CoachEdit');

export const coaches = {
  list: CoachList,
  show: CoachShow,
  edit: CoachEdit,
  create: CoachCreate,
  icon: SupportAgentIcon,
  recordRepresentation: 'name',
};
