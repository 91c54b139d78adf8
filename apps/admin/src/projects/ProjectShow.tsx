import { ArrayField, Datagrid, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { IsoDateField, MoneyField } from '../common/fields';

export function ProjectShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <IsoDateField source="startsOn" />
        <IsoDateField source="endsOn" />
        <TextField source="targetGroup" />
        <TextField source="allocationVersion" />
        <ArrayField source="goals">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="metric" />
            <NumberField source="target" />
            <TextField source="description" />
          </Datagrid>
        </ArrayField>
        <ArrayField source="budgets">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="year" />
            <MoneyField source="amount" />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
