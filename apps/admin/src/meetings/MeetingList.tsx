import { Datagrid, List, TextField } from 'react-admin';
import { ExcelListActions } from '../lib/ExcelListActions';
import { IsoDateField } from '../common/fields';
import { MunicipalityField, MunicipalityInput } from '../common/refs';
import { csvExporter } from '../lib/csvExport';
import { MeetingCadencePanel } from './MeetingCadencePanel';

const filters = [<MunicipalityInput source="municipalityId" key="municipalityId" alwaysOn />];

export function MeetingList() {
  return (
    <>
      <MeetingCadencePanel />
      <List
        actions={<ExcelListActions />}
        exporter={csvExporter}
        filters={filters}
        sort={{ field: 'heldOn', order: 'DESC' }}
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <IsoDateField source="heldOn" />
          <MunicipalityField source="municipalityId" />
          <TextField source="notes" sortable={false} />
        </Datagrid>
      </List>
    </>
  );
}
