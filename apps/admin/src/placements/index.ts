import HandshakeIcon from '@mui/icons-material/Handshake';
import { PlacementList, PlacementShow } from './PlacementList';
import { PlacementCreate } from './PlacementCreate';

export const placements = {
  list: PlacementList,
  show: PlacementShow,
  edit: undefined,
  create: PlacementCreate,
  icon: HandshakeIcon,
};
