import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { FteField, IsoDateField } from '../common/fields';
import { MunicipalityField, ProjectField } from '../common/refs';
import { usePolicy } from '../auth/permissions';
import { canListResource } from '../auth/roles';

export function PostShow() {
  // A coach reads posts but not reallocations: asking for the post's decision is refused.
  const reallocation = canListResource(usePolicy(), 'Reallocation');
  return (
    <Show>
      <SimpleShowLayout>
        <ProjectField source="projectId" />
        <MunicipalityField source="municipalityId" />
        <FteField source="fte" />
        <IsoDateField source="startsOn" />
        <IsoDateField source="endsOn" />
        {reallocation && (
          <ReferenceField
            source="reallocationId"
            reference="Reallocation"
            link="show"
            emptyText="–"
          >
            <TextField source="reason" />
          </ReferenceField>
        )}
      </SimpleShowLayout>
    </Show>
  );
}
