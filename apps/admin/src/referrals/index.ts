import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import { lazyNamed } from '../lib/lazyNamed';

const ReferralList = lazyNamed(() => import('./ReferralList'), 'ReferralList');
const ReferralShow = lazyNamed(() => import('./ReferralShow'), 'ReferralShow');
const ReferralCreate = lazyNamed(() => import('./ReferralCreate'), 'ReferralCreate');

export const referrals = {
  list: ReferralList,
  show: ReferralShow,
  edit: undefined,
  create: ReferralCreate,
  icon: ForwardToInboxIcon,
  recordRepresentation: 'participantName',
};
