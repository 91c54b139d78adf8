import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { lazyNamed } from '../lib/lazyNamed';

const UserList = lazyNamed(() => import('./UserList'), 'UserList');
const UserShow = lazyNamed(() => import('./UserList'), 'UserShow');
const UserCreate = lazyNamed(() => import('./UserForms'), 'UserCreate');
const UserEdit = lazyNamed(() => import('./UserForms'), 'UserEdit');

export const users = {
  list: UserList,
  show: UserShow,
  edit: UserEdit,
  create: UserCreate,
  icon: ManageAccountsIcon,
  recordRepresentation: 'name',
};
