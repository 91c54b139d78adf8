import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';
import { NumberInput, SimpleForm, TextInput, maxValue, minValue, required } from 'react-admin';
import { MunicipalityInput } from '../common/refs';
import { IsoDateTextInput } from '../common/IsoDateInput';

export function CoachForm() {
  return (
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <TextInput source="name" validate={required()} />
      <MunicipalityInput source="municipalityId" />
      <NumberInput source="fte" step={0.05} validate={[required(), minValue(0), maxValue(1)]} />
      <IsoDateTextInput source="employedFrom" validate={required()} />
      <IsoDateTextInput source="employedUntil" />
    </SimpleForm>
  );
}
