import GroupsIcon from '@mui/icons-material/Groups';
import { MeetingList } from './MeetingList';
import { MeetingShow } from './MeetingShow';
import { MeetingCreate, MeetingEdit } from './MeetingForms';

export const meetings = {
  list: MeetingList,
  show: MeetingShow,
  edit: MeetingEdit,
  create: MeetingCreate,
  icon: GroupsIcon,
  recordRepresentation: 'heldOn',
};
