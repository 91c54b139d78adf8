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

function Fields() {
  return [
    <ReferenceField key="e" source="enrollmentId" reference="Enrollment" link="show">
      <TextField source="participantName" />
    </ReferenceField>,
    <NumberField key="m" source="monthsAfter" />,
    <IsoDateField key="d" source="dueOn" />,
    <IsoDateField key="o" source="doneOn" />,
    <BooleanField key="w" source="working" />,
    <BooleanField key="s" source="studying" />,
  ];
}

export function FollowUpList() {
  return (
    <List sort={{ field: 'dueOn', order: 'ASC' }} perPage={25}>
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
