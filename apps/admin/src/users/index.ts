import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { UserList, UserShow } from './UserList';

export const users = {
  list: UserList,
  show: UserShow,
  edit: undefined,
  create: undefined,
  icon: ManageAccountsIcon,
  recordRepresentation: 'name',
};
