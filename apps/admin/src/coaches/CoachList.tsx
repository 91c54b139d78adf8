import { Datagrid, List, SearchInput, SimpleList, TextField, NumberField } from 'react-admin';
import { ExcelListActions } from '../lib/ExcelListActions';
import { FteField, IsoDateField } from '../common/fields';
import { MunicipalityField, MunicipalityInput } from '../common/refs';
import { csvExporter } from '../lib/csvExport';
import { PhoneOrTable, ReferenceName } from '../lib/PhoneOrTable';

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
      <PhoneOrTable
        phone={
          <SimpleList
            linkType="show"
            primaryText={<TextField source="name" />}
            secondaryText={<ReferenceName source="municipalityId" reference="Municipality" />}
            tertiaryText={() => <FteField source="fte" />}
          />
        }
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="name" />
          <MunicipalityField source="municipalityId" />
          <FteField source="fte" />
          <IsoDateField source="employedFrom" />
          <IsoDateField source="employedUntil" sortable={false} />
          <NumberField source="activeParticipants" />
        </Datagrid>
      </PhoneOrTable>
    </List>
  );
}
