import { Datagrid, List, SearchInput, TextField, NumberField } from 'react-admin';
import { ExcelListActions } from '../lib/ExcelListActions';
import { FteField, IsoDateField } from '../common/fields';
import { MunicipalityField, MunicipalityInput } from '../common/refs';
import { csvExporter } from '../lib/csvExport';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <MunicipalityInput source="municipalityId" key="municipalityId" alwaysOn />,
];

export function CoachList() {
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
        <MunicipalityField source="municipalityId" />
        <FteField source="fte" />
        <IsoDateField source="employedFrom" />
        <IsoDateField source="employedUntil" sortable={false} />
        <NumberField source="activeParticipants" />
      </Datagrid>
    </List>
  );
}
