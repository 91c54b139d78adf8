import { Datagrid, List, SearchInput, TextField } from 'react-admin';
import { IsoDateField } from '../common/fields';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export function ProjectList() {
  return (
    <List filters={filters} sort={{ field: 'startsOn', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <IsoDateField source="startsOn" />
        <IsoDateField source="endsOn" />
        <TextField source="targetGroup" />
        <TextField source="allocationVersion" />
      </Datagrid>
    </List>
  );
}
