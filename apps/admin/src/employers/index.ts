import StoreIcon from '@mui/icons-material/Store';
import { EmployerList, EmployerShow } from './EmployerList';
import { EmployerCreate, EmployerEdit } from './EmployerForms';

export const employers = {
  list: EmployerList,
  show: EmployerShow,
  edit: EmployerEdit,
  create: EmployerCreate,
  icon: StoreIcon,
  recordRepresentation: 'name',
};
