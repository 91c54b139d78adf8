import { useMediaQuery, type Theme } from '@mui/material';
import {
  Datagrid,
  List,
  SearchInput,
  SelectArrayInput,
  SimpleList,
  TextField,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { defaultParticipantStatus } from '../auth/roles';
import { useRole } from '../auth/useRole';
import { participantStatusChoices } from '../common/choices';
import { EnumField } from '../common/fields';
import { CoachField, CoachInput, MunicipalityField, MunicipalityInput } from '../common/refs';
import { CurrentStepField } from './CurrentStepField';
import { csvExporter } from '../lib/csvExport';
import { ExcelListActions } from '../lib/ExcelListActions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput
    key="status"
    source="status"
    choices={participantStatusChoices}
    alwaysOn
    sx={{ minWidth: 220 }}
  />,
  <MunicipalityInput source="municipalityId" key="municipalityId" alwaysOn />,
  <CoachInput source="coachId" key="coachId" />,
];

/** One line per person on a phone: name, personnummer, and where they are. */
function PhoneList() {
  const translate = useTranslate();
  const label = (type: string, value: unknown) =>
    typeof value === 'string' ? translate(`app.enum.${type}.${value}`, { _: value }) : '';
  return (
    <SimpleList
      linkType="show"
      primaryText={(r: RaRecord) => `${String(r.firstName)} ${String(r.lastName)}`}
      secondaryText={(r: RaRecord) => String(r.personnummer)}
      tertiaryText={(r: RaRecord) =>
        r.status === 'ACTIVE'
          ? label('Phase', r.currentPhase)
          : label('ParticipantStatus', r.status)
      }
    />
  );
}

/**
 * Coaches and chiefs open the list on their current people (enrolled or awaiting a first
 * enrollment); the status filter shows it and can be cleared to see the discharged too.
 */
export function ParticipantList() {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const status = defaultParticipantStatus(useRole());
  return (
    <List
      exporter={csvExporter}
      actions={<ExcelListActions />}
      filters={filters}
      filterDefaultValues={status ? { status } : {}}
      sort={{ field: 'lastName', order: 'ASC' }}
      perPage={25}
    >
      {phone ? (
        <PhoneList />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="personnummer" sortable={false} />
          <TextField source="firstName" />
          <TextField source="lastName" />
          <EnumField source="gender" sortable={false} type="Gender" />
          <MunicipalityField source="homeMunicipalityId" sortable={false} />
          <CoachField source="coachId" sortable={false} />
          <EnumField source="status" type="ParticipantStatus" sortable={false} />
          <CurrentStepField />
        </Datagrid>
      )}
    </List>
  );
}
