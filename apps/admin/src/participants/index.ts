import PersonIcon from '@mui/icons-material/Person';
import { lazyNamed } from '../lib/lazyNamed';

const ParticipantList = lazyNamed(() => import('./ParticipantList'), 'ParticipantList');
const ParticipantShow = lazyNamed(() => import('./ParticipantShow'), 'ParticipantShow');
const ParticipantCreate = lazyNamed(() => import('./ParticipantForms'), 'ParticipantCreate');
const ParticipantEdit = lazyNamed(() => import('./ParticipantForms'), 'ParticipantEdit');

export const participants = {
  list: ParticipantList,
  show: ParticipantShow,
  edit: ParticipantEdit,
  create: ParticipantCreate,
  icon: PersonIcon,
  recordRepresentation: (record: { firstName?: string; lastName?: string }) =>
    `${record.firstName ?? ''} ${record.lastName ?? ''}`.trim(),
};
