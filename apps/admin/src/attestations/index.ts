import VerifiedIcon from '@mui/icons-material/Verified';
import { AttestationList, AttestationShow } from './AttestationList';

export const attestations = {
  list: AttestationList,
  show: AttestationShow,
  edit: undefined,
  create: undefined,
  icon: VerifiedIcon,
};
