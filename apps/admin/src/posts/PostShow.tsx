import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { FteField, IsoDateField } from '../common/fields';
import { MunicipalityField, ProjectField } from '../common/refs';

export function PostShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ProjectField source="projectId" />
        <MunicipalityField source="municipalityId" />
        <FteField source="fte" />
        <IsoDateField source="startsOn" />
        <IsoDateField source="endsOn" />
        <ReferenceField source="reallocationId" reference="Reallocation" link="show" emptyText="–">
          <TextField source="reason" />
        </ReferenceField>
      </SimpleShowLayout>
    </Show>
  );
}
