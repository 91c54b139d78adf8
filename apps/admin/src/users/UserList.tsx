import {
  BooleanField,
  Datagrid,
  List,
  SearchInput,
  SelectInput,
  Show,
  SimpleList,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { ExcelListActions } from '../lib/ExcelListActions';
import { DateTimeField, EnumField } from '../common/fields';
import { ActiveToggle } from './ActiveToggle';
import { MunicipalityField } from '../common/refs';
import { roleChoices } from '../common/choices';
import { csvExporter } from '../lib/csvExport';
import { PhoneOrTable } from '../lib/PhoneOrTable';

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
      <PhoneOrTable
        phone={
          // Activating an account is on its page, one tap away.
          <SimpleList
            linkType="show"
            primaryText={<TextField source="name" />}
            secondaryText={<TextField source="email" />}
            tertiaryText={() => <EnumField source="role" type="Role" />}
          />
        }
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
      </PhoneOrTable>
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
