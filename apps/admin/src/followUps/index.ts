import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { lazyNamed } from '../lib/lazyNamed';

const FollowUpList = lazyNamed(() => import('./FollowUpList'), 'FollowUpList');
const FollowUpShow = lazyNamed(() => import('./FollowUpList'), 'FollowUpShow');

export const followUps = {
  list: FollowUpList,
  show: FollowUpShow,
  edit: undefined,
  create: undefined,
  icon: EventRepeatIcon,
};
