import GroupsIcon from '@mui/icons-material/Groups';
import { MeetingList } from './MeetingList';
import { MeetingShow } from './MeetingShow';

export const meetings = {
  list: MeetingList,
  show: MeetingShow,
  edit: undefined,
  create: undefined,
  icon: GroupsIcon,
  recordRepresentation: 'heldOn',
};
