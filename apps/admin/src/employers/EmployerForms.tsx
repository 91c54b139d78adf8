// Arbetsgivare: create, edit and delete (the gateway refuses with CONFLICT while placements
// exist; its message is shown as the notification).
import {
  Create,
  DeleteButton,
  Edit,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  required,
} from 'react-admin';
import { MunicipalityInput } from '../common/refs';
import { normaliseOrganisationNumber, validateOrganisationNumber } from './organisationNumber';

function EmployerFields() {
  return (
    <>
      <TextInput source="name" validate={required()} />
      <TextInput
        source="organisationNumber"
        validate={validateOrganisationNumber}
        parse={normaliseOrganisationNumber}
        helperText="app.help.organisationNumber"
      />
      <MunicipalityInput source="municipalityId" />
    </>
  );
}

function EmployerEditToolbar() {
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      <DeleteButton mutationMode="pessimistic" />
    </Toolbar>
  );
}

export function EmployerCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <EmployerFields />
      </SimpleForm>
    </Create>
  );
}

export function EmployerEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<EmployerEditToolbar />}>
        <EmployerFields />
      </SimpleForm>
    </Edit>
  );
}
