import { Datagrid, List, SearchInput, TextField } from 'react-admin';
import { EnumField } from '../common/fields';
import { CoachField, CoachInput, MunicipalityField, MunicipalityInput } from '../common/refs';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <MunicipalityInput source="municipalityId" key="municipalityId" alwaysOn />,
  <CoachInput source="coachId" key="coachId" />,
];

export function ParticipantList() {
  return (
    <List filters={filters} sort={{ field: 'lastName', order: 'ASC' }} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="personnummer" sortable={false} />
        <TextField source="firstName" />
        <TextField source="lastName" />
        <EnumField source="gender" type="Gender" />
        <MunicipalityField source="homeMunicipalityId" />
        <CoachField source="coachId" />
        <EnumField source="currentPhase" type="Phase" />
      </Datagrid>
    </List>
  );
}
