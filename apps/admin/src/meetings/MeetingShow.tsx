import { Datagrid, ReferenceArrayField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField, IsoDateField } from '../common/fields';
import { MunicipalityField } from '../common/refs';

export function MeetingShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <IsoDateField source="heldOn" />
        <MunicipalityField source="municipalityId" />
        <TextField source="notes" />
        <ReferenceArrayField source="decidedReferralIds" reference="Referral">
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="participantName" />
            <TextField source="referrerOrganisation" />
            <IsoDateField source="receivedOn" />
            <EnumField source="state" type="ReferralState" />
          </Datagrid>
        </ReferenceArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
