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
import { usePolicy } from '../auth/permissions';
import { canDecideReferrals, canListResource } from '../auth/roles';
import { DecideReferralButtons } from './DecideReferralButtons';

function ReferralActions() {
  const policy = usePolicy();
  return <TopToolbar>{canDecideReferrals(policy) && <DecideReferralButtons />}</TopToolbar>;
}

export function ReferralShow() {
  const { permissions } = usePermissions();
  // A referrer sees the state of their own referral, never who it is about.
  const names = permissions !== 'REFERRER';
  // Nor the group's meetings: asking for one only gets refused.
  const meetings = canListResource(usePolicy(), 'SeGroupMeeting');
  return (
    <Show actions={<ReferralActions />}>
      <SimpleShowLayout>
        {names && (
          <ReferenceField source="participantId" reference="Participant" link="show">
            <TextField source="lastName" />
          </ReferenceField>
        )}
        {names && <TextField source="participantName" />}
        <MunicipalityField source="municipalityId" />
        <ProjectField source="projectId" />
        <EnumField source="referrerOrganisation" type="ReferrerOrganisation" />
        <IsoDateField source="receivedOn" />
        <EnumField source="state" type="ReferralState" />
        {names && (
          <ReferenceField source="enrollmentId" reference="Enrollment" link="show" emptyText="–">
            <IsoDateField source="enrolledOn" />
          </ReferenceField>
        )}
        <ArrayField source="decisions">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <IsoDateField source="decidedOn" />
            <EnumField source="action" type="ReferralAction" />
            <EnumField source="state" type="ReferralState" />
            <TextField source="decidedByName" />
            <TextField source="note" />
            {meetings && (
              <ReferenceField
                source="meetingId"
                reference="SeGroupMeeting"
                link="show"
                emptyText="–"
              >
                <TextField source="heldOn" />
              </ReferenceField>
            )}
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
