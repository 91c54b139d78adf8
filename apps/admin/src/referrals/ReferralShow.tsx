import {
  ArrayField,
  Datagrid,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import { EnumField, IsoDateField } from '../common/fields';
import { MunicipalityField, ProjectField } from '../common/refs';
import { canDecideReferrals, isRole } from '../auth/roles';
import { DecideReferralButtons } from './DecideReferralButtons';

function ReferralActions() {
  const { permissions } = usePermissions();
  const role = isRole(permissions) ? permissions : undefined;
  return <TopToolbar>{canDecideReferrals(role) && <DecideReferralButtons />}</TopToolbar>;
}

export function ReferralShow() {
  return (
    <Show actions={<ReferralActions />}>
      <SimpleShowLayout>
        <ReferenceField source="participantId" reference="Participant" link="show">
          <TextField source="lastName" />
        </ReferenceField>
        <TextField source="participantName" />
        <MunicipalityField source="municipalityId" />
        <ProjectField source="projectId" />
        <TextField source="referrerOrganisation" />
        <IsoDateField source="receivedOn" />
        <EnumField source="state" type="ReferralState" />
        <ArrayField source="decisions">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <IsoDateField source="decidedOn" />
            <EnumField source="action" type="ReferralAction" />
            <EnumField source="state" type="ReferralState" />
            <TextField source="decidedByName" />
            <TextField source="note" />
            <ReferenceField source="meetingId" reference="SeGroupMeeting" link="show" emptyText="–">
              <TextField source="heldOn" />
            </ReferenceField>
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
