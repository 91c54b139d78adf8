import HandshakeIcon from '@mui/icons-material/Handshake';
import { lazyNamed } from '../lib/lazyNamed';

const PlacementList = lazyNamed(() => import('./PlacementList'), 'PlacementList');
const PlacementShow = lazyNamed(() => import('./PlacementList'), 'PlacementShow');
const PlacementCreate = lazyNamed(() => import('./PlacementCreate'), 'PlacementCreate');

export const placements = {
  list: PlacementList,
  show: PlacementShow,
  edit: undefined,
  create: PlacementCreate,
  icon: HandshakeIcon,
};
