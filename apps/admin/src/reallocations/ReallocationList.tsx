import { ArrayField, Datagrid, List, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField, EnumField, FteField, IsoDateField } from '../common/fields';
import { ProjectField, ProjectInput } from '../common/refs';

const filters = [<ProjectInput source="projectId" key="projectId" alwaysOn />];

export function ReallocationList() {
  return (
    <List filters={filters} sort={{ field: 'decidedAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateTimeField source="decidedAt" />
        <IsoDateField source="effectiveFrom" />
        <ProjectField source="projectId" />
        <TextField source="decidedByName" />
        <EnumField source="method" type="ApportionMethod" />
        <TextField source="reason" sortable={false} />
      </Datagrid>
    </List>
  );
}

export function ReallocationShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ProjectField source="projectId" />
        <IsoDateField source="effectiveFrom" />
        <DateTimeField source="decidedAt" />
        <TextField source="decidedByName" />
        <EnumField source="method" type="ApportionMethod" />
        <TextField source="reason" />
        <ArrayField source="lines">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="municipalityName" />
            <FteField source="fteBefore" />
            <FteField source="fteAfter" />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
