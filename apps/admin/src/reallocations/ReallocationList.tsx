import {
  ArrayField,
  Datagrid,
  List,
  Show,
  SimpleList,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { ExcelListActions } from '../lib/ExcelListActions';
import { DateTimeField, EnumField, FteField, IsoDateField } from '../common/fields';
import { ProjectField, ProjectInput } from '../common/refs';
import { csvExporter } from '../lib/csvExport';
import { PhoneOrTable } from '../lib/PhoneOrTable';
import { BoardProposals } from './BoardProposals';

const filters = [<ProjectInput source="projectId" key="projectId" alwaysOn />];

export function ReallocationList() {
  return (
    <>
      <BoardProposals />
      <List
        actions={<ExcelListActions />}
        exporter={csvExporter}
        filters={filters}
        sort={{ field: 'decidedAt', order: 'DESC' }}
      >
        <PhoneOrTable
          phone={
            <SimpleList
              linkType="show"
              primaryText={<TextField source="reason" />}
              secondaryText={<IsoDateField source="effectiveFrom" />}
              tertiaryText={() => <EnumField source="method" type="ApportionMethod" />}
            />
          }
        >
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <DateTimeField source="decidedAt" />
            <IsoDateField source="effectiveFrom" sortable={false} />
            <ProjectField source="projectId" sortable={false} />
            <TextField source="decidedByName" sortable={false} />
            <EnumField source="method" sortable={false} type="ApportionMethod" />
            <TextField source="reason" sortable={false} />
          </Datagrid>
        </PhoneOrTable>
      </List>
    </>
  );
}

export function ReallocationShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ProjectField source="projectId" sortable={false} />
        <IsoDateField source="effectiveFrom" sortable={false} />
        <DateTimeField source="decidedAt" />
        <TextField source="decidedByName" sortable={false} />
        <TextField source="proposedByName" sortable={false} emptyText="–" />
        <TextField source="delegationReference" sortable={false} emptyText="–" />
        <EnumField source="method" sortable={false} type="ApportionMethod" />
        <TextField source="reason" />
        <ArrayField source="lines">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="municipalityName" />
            <FteField source="fteBefore" />
            <FteField source="fteAfter" />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
