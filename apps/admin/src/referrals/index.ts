import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import { ReferralList } from './ReferralList';
import { ReferralShow } from './ReferralShow';
import { ReferralCreate } from './ReferralCreate';

export const referrals = {
  list: ReferralList,
  show: ReferralShow,
  edit: undefined,
  create: ReferralCreate,
  icon: ForwardToInboxIcon,
  recordRepresentation: 'participantName',
};
