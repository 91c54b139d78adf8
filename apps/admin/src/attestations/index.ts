import VerifiedIcon from '@mui/icons-material/Verified';
import { lazyNamed } from '../lib/lazyNamed';

const AttestationList = lazyNamed(() => import('./AttestationList'), 'AttestationList');
const AttestationShow = lazyNamed(() => import('./AttestationList'), 'AttestationShow');

export const attestations = {
  list: AttestationList,
  show: AttestationShow,
  edit: undefined,
  create: undefined,
  icon: VerifiedIcon,
};
