import { DateInput, Datagrid, List, TextField } from 'react-admin';
import { FteField, IsoDateField } from '../common/fields';
import { MunicipalityField, MunicipalityInput, ProjectField, ProjectInput } from '../common/refs';
import { csvExporter } from '../lib/csvExport';

const filters = [
  <ProjectInput source="projectId" key="projectId" alwaysOn />,
  <MunicipalityInput source="municipalityId" key="municipalityId" alwaysOn />,
  <DateInput key="activeOn" source="activeOn" />,
];

export function PostList() {
  return (
    <List
      exporter={csvExporter}
      filters={filters}
      sort={{ field: 'startsOn', order: 'DESC' }}
      perPage={25}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <ProjectField source="projectId" sortable={false} />
        <MunicipalityField source="municipalityId" />
        <FteField source="fte" />
        <IsoDateField source="startsOn" />
        <IsoDateField source="endsOn" sortable={false} />
        <TextField source="reallocationId" sortable={false} />
      </Datagrid>
    </List>
  );
}
