import {
  AutocompleteInput,
  Create,
  DateInput,
  ReferenceInput,
  SimpleForm,
  TextInput,
  required,
} from 'react-admin';
import { MunicipalityInput, ProjectInput } from '../common/refs';

export function ReferralCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <ReferenceInput source="participantId" reference="Participant">
          <AutocompleteInput
            optionText={(p: { firstName?: string; lastName?: string }) =>
              `${p.firstName ?? ''} ${p.lastName ?? ''}`
            }
            filterToQuery={(q: string) => ({ q })}
            validate={required()}
          />
        </ReferenceInput>
        <MunicipalityInput source="municipalityId" />
        <ProjectInput source="projectId" />
        <TextInput source="referrerOrganisation" validate={required()} />
        <DateInput source="receivedOn" validate={required()} />
      </SimpleForm>
    </Create>
  );
}
