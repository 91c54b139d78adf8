import BadgeIcon from '@mui/icons-material/Badge';
import { PostList } from './PostList';
import { PostShow } from './PostShow';

export const posts = {
  list: PostList,
  show: PostShow,
  edit: undefined,
  create: undefined,
  icon: BadgeIcon,
};
