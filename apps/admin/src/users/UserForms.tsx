// Användare (manager only): create with an initial password, edit name, role, municipality
// and whether the account is active. `version` travels with the record (updateUser needs it).
import {
  BooleanInput,
  Create,
  Edit,
  PasswordInput,
  SelectInput,
  SimpleForm,
  TextInput,
  email,
  minLength,
  required,
} from 'react-admin';
import { roleChoices } from '../common/choices';
import { MunicipalityInput } from '../common/refs';
import { SaveOnlyToolbar } from '../common/SaveOnlyToolbar';

export const MIN_PASSWORD_LENGTH = 12;

export function UserCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <TextInput source="email" type="email" validate={[required(), email()]} />
        <TextInput source="name" validate={required()} />
        <SelectInput source="role" choices={roleChoices} validate={required()} />
        <MunicipalityInput source="municipalityId" />
        <PasswordInput
          source="password"
          validate={[required(), minLength(MIN_PASSWORD_LENGTH)]}
          helperText="app.help.password"
        />
      </SimpleForm>
    </Create>
  );
}

export function UserEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput source="email" disabled />
        <TextInput source="name" validate={required()} />
        <SelectInput source="role" choices={roleChoices} validate={required()} />
        <MunicipalityInput source="municipalityId" />
        <BooleanInput source="active" />
      </SimpleForm>
    </Edit>
  );
}
