import { Datagrid, List, TextField } from 'react-admin';
import { EnumField, IsoDateField } from '../common/fields';
import {
  CoachField,
  CoachInput,
  MunicipalityField,
  MunicipalityInput,
  ProjectInput,
} from '../common/refs';

const filters = [
  <MunicipalityInput source="municipalityId" key="municipalityId" alwaysOn />,
  <CoachInput source="coachId" key="coachId" />,
  <ProjectInput source="projectId" key="projectId" />,
];

export function EnrollmentList() {
  return (
    <List filters={filters} sort={{ field: 'enrolledOn', order: 'DESC' }} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="participantName" />
        <MunicipalityField source="municipalityId" />
        <CoachField source="coachId" />
        <IsoDateField source="enrolledOn" />
        <EnumField source="currentPhase" type="Phase" />
        <IsoDateField source="dischargedOn" />
      </Datagrid>
    </List>
  );
}
