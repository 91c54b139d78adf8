import StoreIcon from '@mui/icons-material/Store';
import { lazyNamed } from '../lib/lazyNamed';

const EmployerList = lazyNamed(() => import('./EmployerList'), 'EmployerList');
const EmployerShow = lazyNamed(() => import('./EmployerList'), 'EmployerShow');
const EmployerCreate = lazyNamed(() => import('./EmployerForms'), 'EmployerCreate');
const EmployerEdit = lazyNamed(() => import('./EmployerForms'), 'EmployerEdit');

export const employers = {
  list: EmployerList,
  show: EmployerShow,
  edit: EmployerEdit,
  create: EmployerCreate,
  icon: StoreIcon,
  recordRepresentation: 'name',
};
