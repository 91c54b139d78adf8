import {
  Datagrid,
  NumberField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { EnumField, FteField, IsoDateField } from '../common/fields';
import { MunicipalityField } from '../common/refs';
import { usePolicy } from '../auth/permissions';
import { canListResource } from '../auth/roles';

export function CoachShow() {
  // The board reads coaches but not participants: asking for the caseload only gets refused.
  const participants = canListResource(usePolicy(), 'Participant');
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <MunicipalityField source="municipalityId" />
        <FteField source="fte" />
        <IsoDateField source="employedFrom" />
        <IsoDateField source="employedUntil" />
        <NumberField source="activeParticipants" />
        {participants && (
          <ReferenceManyField
            reference="Participant"
            target="coachId"
            label="resources.Participant.name"
          >
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <TextField source="firstName" />
              <TextField source="lastName" />
              <EnumField source="currentPhase" sortable={false} type="Phase" />
            </Datagrid>
          </ReferenceManyField>
        )}
      </SimpleShowLayout>
    </Show>
  );
}
