import StoreIcon from '@mui/icons-material/Store';
import { EmployerList, EmployerShow } from './EmployerList';

export const employers = {
  list: EmployerList,
  show: EmployerShow,
  edit: undefined,
  create: undefined,
  icon: StoreIcon,
  recordRepresentation: 'name',
};
