// A new enrollment (inskrivning) for the roles that may enrol: the participant picker lists
// only the people the writer may see (the API scopes it); a coach enrols to themselves.
import {
  AutocompleteInput,
  Create,
  ReferenceInput,
  SelectArrayInput,
  SimpleForm,
  TextInput,
  regex,
  required,
} from 'react-admin';
import { readSession } from '../auth/session';
import { useRole } from '../auth/useRole';
import { useCodeListChoices } from '../common/codeListChoices';
import { CoachInput, ProjectInput } from '../common/refs';
import { toIsoDate } from '../lib/format';

const isoDate = regex(/^\d{4}-\d{2}-\d{2}$/, 'app.validation.date');

export function EnrollmentCreate() {
  const coach = useRole() === 'COACH';
  const ownCoachId = readSession()?.user.coachId ?? undefined;
  const incomeChoices = useCodeListChoices('INCOME_SOURCE');
  return (
    <Create redirect="show">
      <SimpleForm
        defaultValues={{
          enrolledOn: toIsoDate(new Date()),
          ...(coach && ownCoachId ? { coachId: ownCoachId } : {}),
        }}
      >
        <ReferenceInput source="participantId" reference="Participant">
          <AutocompleteInput
            optionText={(p: { firstName?: string; lastName?: string }) =>
              `${p.firstName ?? ''} ${p.lastName ?? ''}`
            }
            filterToQuery={(q: string) => ({ q })}
            validate={required()}
          />
        </ReferenceInput>
        {!coach && <CoachInput source="coachId" />}
        <ProjectInput source="projectId" />
        <TextInput source="enrolledOn" validate={[required(), isoDate]} />
        <SelectArrayInput
          source="compensationAtStart"
          choices={incomeChoices}
          translateChoice={false}
          validate={required()}
        />
      </SimpleForm>
    </Create>
  );
}
