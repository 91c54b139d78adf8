import {
  Datagrid,
  List,
  SearchInput,
  Show,
  SimpleList,
  SimpleShowLayout,
  TextField,
  ReferenceManyField,
} from 'react-admin';
import { ExcelListActions } from '../lib/ExcelListActions';
import { EnumField, IsoDateField } from '../common/fields';
import { MunicipalityField, MunicipalityInput } from '../common/refs';
import { csvExporter } from '../lib/csvExport';
import { PhoneOrTable, ReferenceName } from '../lib/PhoneOrTable';
import { usePolicy } from '../auth/permissions';
import { canListResource } from '../auth/roles';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <MunicipalityInput source="municipalityId" key="municipalityId" alwaysOn />,
];

export function EmployerList() {
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
            secondaryText={<TextField source="organisationNumber" />}
            tertiaryText={() => <ReferenceName source="municipalityId" reference="Municipality" />}
          />
        }
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="name" />
          <TextField source="organisationNumber" sortable={false} />
          <MunicipalityField source="municipalityId" />
        </Datagrid>
      </PhoneOrTable>
    </List>
  );
}

export function EmployerShow() {
  // The board reads employers but not placements (they name participants): asking is refused.
  const placements = canListResource(usePolicy(), 'Placement');
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="organisationNumber" sortable={false} />
        <MunicipalityField source="municipalityId" />
        {placements && (
          <ReferenceManyField
            reference="Placement"
            target="employerId"
            label="resources.Placement.name"
          >
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <EnumField source="kind" type="PlacementKind" />
              <IsoDateField source="startedOn" />
              <IsoDateField source="endedOn" sortable={false} />
              <TextField source="hoursPerWeek" sortable={false} />
            </Datagrid>
          </ReferenceManyField>
        )}
      </SimpleShowLayout>
    </Show>
  );
}
