import { Datagrid, List, ReferenceField, SimpleList, TextField } from 'react-admin';
import { ExcelListActions } from '../lib/ExcelListActions';
import { FteField, IsoDateField } from '../common/fields';
import { MunicipalityField, MunicipalityInput, ProjectField, ProjectInput } from '../common/refs';
import { csvExporter } from '../lib/csvExport';
import { PhoneOrTable, ReferenceName } from '../lib/PhoneOrTable';
import { IsoDateTextInput } from '../common/IsoDateInput';
import { canListResource } from '../auth/roles';
import { usePolicy } from '../auth/permissions';

const filters = [
  <ProjectInput source="projectId" key="projectId" alwaysOn />,
  <MunicipalityInput source="municipalityId" key="municipalityId" alwaysOn />,
  <IsoDateTextInput key="activeOn" source="activeOn" />,
];

export function PostList() {
  // A role that may not read decisions (a coach) sees the posts without the decision behind
  // each: asking would only be refused.
  const decisions = canListResource(usePolicy(), 'Reallocation');
  return (
    <List
      actions={<ExcelListActions />}
      exporter={csvExporter}
      filters={filters}
      sort={{ field: 'startsOn', order: 'DESC' }}
      perPage={25}
    >
      <PhoneOrTable
        phone={
          <SimpleList
            linkType="show"
            primaryText={<ReferenceName source="municipalityId" reference="Municipality" />}
            secondaryText={<IsoDateField source="startsOn" />}
            tertiaryText={() => <FteField source="fte" />}
          />
        }
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <ProjectField source="projectId" sortable={false} />
          <MunicipalityField source="municipalityId" />
          <FteField source="fte" />
          <IsoDateField source="startsOn" />
          <IsoDateField source="endsOn" sortable={false} />
          {decisions && (
            <ReferenceField
              source="reallocationId"
              reference="Reallocation"
              link="show"
              sortable={false}
              emptyText="–"
            >
              <TextField source="reason" />
            </ReferenceField>
          )}
        </Datagrid>
      </PhoneOrTable>
    </List>
  );
}
