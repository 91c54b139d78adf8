import { Datagrid, ReferenceArrayField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField, IsoDateField } from '../common/fields';
import { MunicipalityField } from '../common/refs';
import { usePolicy } from '../auth/permissions';
import { canListResource } from '../auth/roles';

export function MeetingShow() {
  // The board reads meetings but not referrals (they name people): asking is refused.
  const referrals = canListResource(usePolicy(), 'Referral');
  return (
    <Show>
      <SimpleShowLayout>
        <IsoDateField source="heldOn" />
        <MunicipalityField source="municipalityId" />
        <TextField source="notes" />
        {referrals && (
          <ReferenceArrayField source="decidedReferralIds" reference="Referral">
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <TextField source="participantName" />
              <TextField source="referrerOrganisation" />
              <IsoDateField source="receivedOn" />
              <EnumField source="state" type="ReferralState" />
            </Datagrid>
          </ReferenceArrayField>
        )}
      </SimpleShowLayout>
    </Show>
  );
}
