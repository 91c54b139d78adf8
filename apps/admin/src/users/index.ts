import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { UserList, UserShow } from './UserList';
import { UserCreate, UserEdit } from './UserForms';

export const users = {
  list: UserList,
  show: UserShow,
  edit: UserEdit,
  create: UserCreate,
  icon: ManageAccountsIcon,
  recordRepresentation: 'name',
};
