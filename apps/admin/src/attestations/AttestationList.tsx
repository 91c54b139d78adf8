import {
  Datagrid,
  ExportButton,
  FilterButton,
  List,
  Show,
  SimpleList,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { ExcelListButton } from '../lib/ExcelListActions';
import { IsoDateField } from '../common/fields';
import { MunicipalityField, MunicipalityInput, ProjectField, ProjectInput } from '../common/refs';
import { usePolicy } from '../auth/permissions';
import { canSignAttestation } from '../auth/roles';
import { SignAttestationButton } from './SignAttestationButton';
import { csvExporter } from '../lib/csvExport';
import { PhoneOrTable, ReferenceName } from '../lib/PhoneOrTable';

const filters = [
  <MunicipalityInput source="municipalityId" key="municipalityId" alwaysOn />,
  <ProjectInput source="projectId" key="projectId" />,
];

function AttestationActions() {
  const policy = usePolicy();
  return (
    <TopToolbar>
      <FilterButton />
      {canSignAttestation(policy) && <SignAttestationButton />}
      <ExportButton />
      <ExcelListButton />
    </TopToolbar>
  );
}

export function AttestationList() {
  return (
    <List
      exporter={csvExporter}
      filters={filters}
      actions={<AttestationActions />}
      sort={{ field: 'halfYear', order: 'DESC' }}
    >
      <PhoneOrTable
        phone={
          <SimpleList
            linkType="show"
            primaryText={<ReferenceName source="municipalityId" reference="Municipality" />}
            secondaryText={<TextField source="signedByName" emptyText="–" />}
            tertiaryText={() => <TextField source="halfYear" />}
          />
        }
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="halfYear" />
          <MunicipalityField source="municipalityId" />
          <ProjectField source="projectId" sortable={false} />
          <TextField source="signedByName" sortable={false} emptyText="–" />
          <IsoDateField source="signedOn" />
        </Datagrid>
      </PhoneOrTable>
    </List>
  );
}

export function AttestationShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="halfYear" />
        <MunicipalityField source="municipalityId" />
        <ProjectField source="projectId" sortable={false} />
        <TextField source="signedByName" sortable={false} emptyText="–" />
        <IsoDateField source="signedOn" />
        <TextField source="statement" />
      </SimpleShowLayout>
    </Show>
  );
}
