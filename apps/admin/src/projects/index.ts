import WorkIcon from '@mui/icons-material/Work';
import { ProjectList } from './ProjectList';
import { ProjectShow } from './ProjectShow';

export const projects = {
  list: ProjectList,
  show: ProjectShow,
  edit: undefined,
  create: undefined,
  icon: WorkIcon,
  recordRepresentation: 'name',
};
