import HistoryIcon from '@mui/icons-material/History';
import { ReallocationList, ReallocationShow } from './ReallocationList';

export const reallocations = {
  list: ReallocationList,
  show: ReallocationShow,
  edit: undefined,
  create: undefined,
  icon: HistoryIcon,
};
