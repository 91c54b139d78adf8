import HandshakeIcon from '@mui/icons-material/Handshake';
import { PlacementList, PlacementShow } from './PlacementList';

export const placements = {
  list: PlacementList,
  show: PlacementShow,
  edit: undefined,
  create: undefined,
  icon: HandshakeIcon,
};
