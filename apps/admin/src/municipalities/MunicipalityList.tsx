import { Datagrid, List, SearchInput, TextField } from 'react-admin';
import { ExcelListActions } from '../lib/ExcelListActions';
import { csvExporter } from '../lib/csvExport';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export function MunicipalityList() {
  return (
    <List
      actions={<ExcelListActions />}
      exporter={csvExporter}
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="name" />
      </Datagrid>
    </List>
  );
}
