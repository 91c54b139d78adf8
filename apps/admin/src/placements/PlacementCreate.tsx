// A new placement (arbetsplats, praktik, studier) for an enrollment.
import {
  AutocompleteInput,
  Create,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  maxValue,
  minValue,
  required,
} from 'react-admin';
import { placementKindChoices } from '../common/choices';
import { IsoDateTextInput } from '../common/IsoDateInput';

const q = (text: string) => ({ q: text });

export function PlacementCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <ReferenceInput source="enrollmentId" reference="Enrollment" filter={{ active: true }}>
          <AutocompleteInput optionText="participantName" filterToQuery={q} validate={required()} />
        </ReferenceInput>
        <ReferenceInput
          source="employerId"
          reference="Employer"
          sort={{ field: 'name', order: 'ASC' }}
        >
          <AutocompleteInput optionText="name" filterToQuery={q} />
        </ReferenceInput>
        <SelectInput source="kind" choices={placementKindChoices} validate={required()} />
        <IsoDateTextInput source="startedOn" validate={required()} />
        <IsoDateTextInput source="endedOn" />
        <NumberInput source="hoursPerWeek" step={1} validate={[minValue(0), maxValue(80)]} />
      </SimpleForm>
    </Create>
  );
}
