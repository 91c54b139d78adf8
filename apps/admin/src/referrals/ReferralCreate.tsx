// A new referral. A referrer (handläggare) refers a person by personnummer and name and
// sees no one's record; the SE group's members pick a participant they may already see.
import {
  AutocompleteInput,
  Create,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  regex,
  required,
  useTranslate,
} from 'react-admin';
import { Typography } from '@mui/material';
import { useRole } from '../auth/useRole';
import { referrerOrganisationChoices } from '../common/choices';
import { MunicipalityInput, ProjectInput } from '../common/refs';
import { toIsoDate } from '../lib/format';

const isoDate = regex(/^\d{4}-\d{2}-\d{2}$/, 'app.validation.date');
const personnummer = regex(/^(\d{2})?\d{6}[-+]?\d{4}$/, 'app.validation.personnummer');

function PersonInputs() {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        {translate('app.referral.person_hint')}
      </Typography>
      <TextInput source="person.personnummer" validate={[required(), personnummer]} />
      <TextInput source="person.firstName" validate={required()} />
      <TextInput source="person.lastName" validate={required()} />
    </>
  );
}

function ParticipantPicker() {
  return (
    <ReferenceInput source="participantId" reference="Participant">
      <AutocompleteInput
        optionText={(p: { firstName?: string; lastName?: string }) =>
          `${p.firstName ?? ''} ${p.lastName ?? ''}`
        }
        filterToQuery={(q: string) => ({ q })}
        validate={required()}
      />
    </ReferenceInput>
  );
}

export function ReferralCreate() {
  const referrer = useRole() === 'REFERRER';
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ receivedOn: toIsoDate(new Date()) }}>
        {referrer ? <PersonInputs /> : <ParticipantPicker />}
        <MunicipalityInput source="municipalityId" validate={required()} />
        <ProjectInput source="projectId" />
        {!referrer && (
          <SelectInput
            source="referrerOrganisation"
            choices={referrerOrganisationChoices}
            validate={required()}
          />
        )}
        <TextInput source="receivedOn" validate={[required(), isoDate]} />
      </SimpleForm>
    </Create>
  );
}
