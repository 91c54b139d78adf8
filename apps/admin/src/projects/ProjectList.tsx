import { Datagrid, List, SearchInput, SimpleList, TextField } from 'react-admin';
import { ExcelListActions } from '../lib/ExcelListActions';
import { IsoDateField } from '../common/fields';
import { csvExporter } from '../lib/csvExport';
import { PhoneOrTable } from '../lib/PhoneOrTable';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export function ProjectList() {
  return (
    <List
      actions={<ExcelListActions />}
      exporter={csvExporter}
      filters={filters}
      sort={{ field: 'startsOn', order: 'DESC' }}
    >
      <PhoneOrTable
        phone={
          <SimpleList
            linkType="show"
            primaryText={<TextField source="name" />}
            secondaryText={<IsoDateField source="startsOn" />}
            tertiaryText={() => <IsoDateField source="endsOn" />}
          />
        }
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="name" />
          <IsoDateField source="startsOn" />
          <IsoDateField source="endsOn" sortable={false} />
          <TextField source="targetGroup" sortable={false} />
          <TextField source="allocationVersion" sortable={false} />
        </Datagrid>
      </PhoneOrTable>
    </List>
  );
}
