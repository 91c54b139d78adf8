import PersonIcon from '@mui/icons-material/Person';
import { ParticipantList } from './ParticipantList';
import { ParticipantShow } from './ParticipantShow';
import { ParticipantCreate, ParticipantEdit } from './ParticipantForms';

export const participants = {
  list: ParticipantList,
  show: ParticipantShow,
  edit: ParticipantEdit,
  create: ParticipantCreate,
  icon: PersonIcon,
  recordRepresentation: (record: { firstName?: string; lastName?: string }) =>
    `${record.firstName ?? ''} ${record.lastName ?? ''}`.trim(),
};
