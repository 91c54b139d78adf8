import WorkIcon from '@mui/icons-material/Work';
import { lazyNamed } from '../lib/lazyNamed';

const ProjectList = lazyNamed(() => import('./ProjectList'), 'ProjectList');
const ProjectShow = lazyNamed(() => import('./ProjectShow'), 'ProjectShow');

export const projects = {
  list: ProjectList,
  show: ProjectShow,
  edit: undefined,
  create: undefined,
  icon: WorkIcon,
  recordRepresentation: 'name',
};
