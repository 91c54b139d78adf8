import {
  Datagrid,
  List,
  NumberField,
  ReferenceField,
  SelectInput,
  Show,
  SimpleList,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { ExcelListActions } from '../lib/ExcelListActions';
import { EnumField, IsoDateField } from '../common/fields';
import { placementKindChoices } from '../common/choices';
import { EndPlacementButton } from './EndPlacementButton';
import { csvExporter } from '../lib/csvExport';
import { PhoneOrTable, ReferenceName } from '../lib/PhoneOrTable';

const filters = [<SelectInput key="kind" source="kind" choices={placementKindChoices} alwaysOn />];

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
    <ReferenceField key="m" source="employerId" sortable={false} reference="Employer" link="show">
      <TextField source="name" />
    </ReferenceField>,
    <EnumField key="k" source="kind" type="PlacementKind" />,
    <IsoDateField key="s" source="startedOn" />,
    <IsoDateField key="x" source="endedOn" sortable={false} />,
    <NumberField key="h" source="hoursPerWeek" sortable={false} />,
  ];
}

export function PlacementList() {
  return (
    <List
      actions={<ExcelListActions />}
      exporter={csvExporter}
      filters={filters}
      sort={{ field: 'startedOn', order: 'DESC' }}
      perPage={25}
    >
      <PhoneOrTable
        phone={
          // Ending a placement is on its page, one tap away.
          <SimpleList
            linkType="show"
            primaryText={
              <ReferenceName source="enrollmentId" reference="Enrollment" field="participantName" />
            }
            secondaryText={<ReferenceName source="employerId" reference="Employer" />}
            tertiaryText={() => <EnumField source="kind" type="PlacementKind" />}
          />
        }
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          {Fields()}
          <EndPlacementButton />
        </Datagrid>
      </PhoneOrTable>
    </List>
  );
}

export function PlacementShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <EndPlacementButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>{Fields()}</SimpleShowLayout>
    </Show>
  );
}
