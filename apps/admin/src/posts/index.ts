import BadgeIcon from '@mui/icons-material/Badge';
import { lazyNamed } from '../lib/lazyNamed';

const PostList = lazyNamed(() => import('./PostList'), 'PostList');
const PostShow = lazyNamed(() => import('./PostShow'), 'PostShow');

export const posts = {
  list: PostList,
  show: PostShow,
  edit: undefined,
  create: undefined,
  icon: BadgeIcon,
};
