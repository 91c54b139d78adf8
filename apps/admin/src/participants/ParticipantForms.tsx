import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';
import {
  Create,
  Edit,
  SelectArrayInput,
  SimpleForm,
  TextInput,
  required,
  regex,
} from 'react-admin';
import { MunicipalityInput } from '../common/refs';
import { targetGroupChoices } from '../common/choices';

const personnummer = regex(/^\d{8}[-+]?\d{4}$/, 'app.validation.personnummer');
// The gateway requires a home municipality: say so here instead of a refused save.
const homeMunicipality = required('app.validation.homeMunicipality');

export function ParticipantCreate() {
  return (
    <Create redirect="show">
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput
          source="personnummer"
          validate={[required(), personnummer]}
          helperText="app.help.personnummer"
        />
        <TextInput source="firstName" validate={required()} />
        <TextInput source="lastName" validate={required()} />
        <MunicipalityInput source="homeMunicipalityId" validate={homeMunicipality} />
        <SelectArrayInput source="targetGroupFactors" choices={targetGroupChoices} />
      </SimpleForm>
    </Create>
  );
}

/** `version` travels with the record so the gateway can detect concurrent edits. */
export function ParticipantEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput source="personnummer" disabled />
        <TextInput source="firstName" validate={required()} />
        <TextInput source="lastName" validate={required()} />
        <MunicipalityInput source="homeMunicipalityId" validate={homeMunicipality} />
        <SelectArrayInput source="targetGroupFactors" choices={targetGroupChoices} />
      </SimpleForm>
    </Edit>
  );
}
