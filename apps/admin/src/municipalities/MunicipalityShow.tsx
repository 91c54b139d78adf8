import { ReferenceManyField, Show, SimpleShowLayout, TextField, Datagrid } from 'react-admin';
import { usePolicy } from '../auth/permissions';
import { canListResource } from '../auth/roles';
import { FteField, IsoDateField } from '../common/fields';
import { ProjectField } from '../common/refs';

export function MunicipalityShow() {
  // A referrer reads municipalities but not their coaches or posts: asking only gets refused.
  const policy = usePolicy();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        {canListResource(policy, 'Coach') && (
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
        )}
        {canListResource(policy, 'Post') && (
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
        )}
      </SimpleShowLayout>
    </Show>
  );
}
