import {
  ChipField,
  Datagrid,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  WrapperField,
} from 'react-admin';
import { EnumField, IsoDateField } from '../common/fields';
import { CoachField, MunicipalityField } from '../common/refs';
import { TargetGroupField } from './TargetGroupField';

export function ParticipantShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="personnummer" />
        <TextField source="firstName" />
        <TextField source="lastName" />
        <EnumField source="gender" type="Gender" />
        <IsoDateField source="birthDate" />
        <MunicipalityField source="homeMunicipalityId" />
        <WrapperField source="targetGroupFactors">
          <TargetGroupField />
        </WrapperField>
        <CoachField source="coachId" />
        <EnumField source="currentPhase" type="Phase" />
        <ReferenceField source="enrollmentId" reference="Enrollment" link="show" emptyText="–">
          <ChipField source="enrolledOn" />
        </ReferenceField>
        <ReferenceManyField
          reference="Referral"
          target="participantId"
          label="resources.Referral.name"
        >
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <IsoDateField source="receivedOn" />
            <TextField source="referrerOrganisation" />
            <EnumField source="state" type="ReferralState" />
          </Datagrid>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
