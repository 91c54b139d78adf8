import HistoryIcon from '@mui/icons-material/History';
import { lazyNamed } from '../lib/lazyNamed';

const ReallocationList = lazyNamed(() => import('./ReallocationList'), 'ReallocationList');
const ReallocationShow = lazyNamed(() => import('./ReallocationList'), 'ReallocationShow');

export const reallocations = {
  list: ReallocationList,
  show: ReallocationShow,
  edit: undefined,
  create: undefined,
  icon: HistoryIcon,
};
