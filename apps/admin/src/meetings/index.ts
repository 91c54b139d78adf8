import GroupsIcon from '@mui/icons-material/Groups';
import { lazyNamed } from '../lib/lazyNamed';

const MeetingList = lazyNamed(() => import('./MeetingList'), 'MeetingList');
const MeetingShow = lazyNamed(() => import('./MeetingShow'), 'MeetingShow');
const MeetingCreate = lazyNamed(() => import('./MeetingForms'), 'MeetingCreate');
const MeetingEdit = lazyNamed(() => import('./MeetingForms'), 'MeetingEdit');

export const meetings = {
  list: MeetingList,
  show: MeetingShow,
  edit: MeetingEdit,
  create: MeetingCreate,
  icon: GroupsIcon,
  recordRepresentation: 'heldOn',
};
