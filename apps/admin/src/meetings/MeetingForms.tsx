// SE-gruppsmöten: create (municipality, date, notes) and edit (date, notes; the gateway does
// not move a meeting to another municipality).
import { Create, Edit, Labeled, SimpleForm, TextInput, required } from 'react-admin';
import { IsoDateTextInput } from '../common/IsoDateInput';
import { MunicipalityField, MunicipalityInput } from '../common/refs';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';

export function MeetingCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <MunicipalityInput source="municipalityId" validate={required()} />
        <IsoDateTextInput source="heldOn" validate={required()} />
        <TextInput source="notes" multiline minRows={3} fullWidth />
      </SimpleForm>
    </Create>
  );
}

export function MeetingEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <Labeled source="municipalityId">
          <MunicipalityField source="municipalityId" />
        </Labeled>
        <IsoDateTextInput source="heldOn" validate={required()} />
        <TextInput source="notes" multiline minRows={3} fullWidth />
      </SimpleForm>
    </Edit>
  );
}
