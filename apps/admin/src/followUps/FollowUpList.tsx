import {
  BooleanField,
  Datagrid,
  List,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { IsoDateField } from '../common/fields';
import { RecordFollowUpButton } from './RecordFollowUpButton';
import { csvExporter } from '../lib/csvExport';

function Fields() {
  return [
    <ReferenceField
      key="e"
      source="enrollmentId"
      sortable={false}
      reference="Enrollment"
      link="show"
    >
      <TextField source="participantName" sortable={false} />
    </ReferenceField>,
    <NumberField key="m" source="monthsAfter" />,
    <IsoDateField key="d" source="dueOn" />,
    <IsoDateField key="o" source="doneOn" sortable={false} />,
    <BooleanField key="w" source="working" sortable={false} />,
    <BooleanField key="s" source="studying" sortable={false} />,
  ];
}

export function FollowUpList() {
  return (
    <List exporter={csvExporter} sort={{ field: 'dueOn', order: 'ASC' }} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        {Fields()}
        <RecordFollowUpButton />
      </Datagrid>
    </List>
  );
}

export function FollowUpShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <RecordFollowUpButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>{Fields()}</SimpleShowLayout>
    </Show>
  );
}
