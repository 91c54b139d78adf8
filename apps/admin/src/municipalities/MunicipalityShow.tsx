import { ReferenceManyField, Show, SimpleShowLayout, TextField, Datagrid } from 'react-admin';
import { FteField, IsoDateField } from '../common/fields';
import { ProjectField } from '../common/refs';

export function MunicipalityShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        <ReferenceManyField
          reference="Coach"
          target="municipalityId"
          label="resources.Coach.name"
          sort={{ field: 'name', order: 'ASC' }}
        >
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="name" />
            <FteField source="fte" />
            <TextField source="activeParticipants" />
          </Datagrid>
        </ReferenceManyField>
        <ReferenceManyField
          reference="Post"
          target="municipalityId"
          label="resources.Post.name"
          sort={{ field: 'startsOn', order: 'DESC' }}
        >
          <Datagrid bulkActionButtons={false}>
            <ProjectField source="projectId" sortable={false} />
            <FteField source="fte" />
            <IsoDateField source="startsOn" />
            <IsoDateField source="endsOn" sortable={false} />
          </Datagrid>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
