import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { FollowUpList, FollowUpShow } from './FollowUpList';

export const followUps = {
  list: FollowUpList,
  show: FollowUpShow,
  edit: undefined,
  create: undefined,
  icon: EventRepeatIcon,
};
