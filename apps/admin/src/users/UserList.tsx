import {
  BooleanField,
  Datagrid,
  List,
  SearchInput,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { ExcelListActions } from '../lib/ExcelListActions';
import { DateTimeField, EnumField } from '../common/fields';
import { ActiveToggle } from './ActiveToggle';
import { MunicipalityField } from '../common/refs';
import { roleChoices } from '../common/choices';
import { csvExporter } from '../lib/csvExport';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} />,
];

export function UserList() {
  return (
    <List
      actions={<ExcelListActions />}
      exporter={csvExporter}
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="email" />
        <EnumField source="role" type="Role" />
        <MunicipalityField source="municipalityId" sortable={false} />
        <BooleanField source="active" sortable={false} />
        <DateTimeField source="lastLoginAt" />
        <ActiveToggle />
      </Datagrid>
    </List>
  );
}

export function UserShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="email" />
        <EnumField source="role" type="Role" />
        <MunicipalityField source="municipalityId" sortable={false} />
        <BooleanField source="active" sortable={false} />
        <DateTimeField source="lastLoginAt" />
        <ActiveToggle />
      </SimpleShowLayout>
    </Show>
  );
}
