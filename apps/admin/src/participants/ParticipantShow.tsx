import {
  ChipField,
  Datagrid,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  WrapperField,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { AssessmentsPanel } from '../assessments/AssessmentsPanel';
import { EnumField, IsoDateField } from '../common/fields';
import { CoachField, MunicipalityField } from '../common/refs';
import {
  ConsentPanel,
  EraseButton,
  HistoryPanel,
  RegisterExtractButtons,
} from './PersonalDataPanels';
import { TargetGroupField } from './TargetGroupField';

function ParticipantActions() {
  return (
    <TopToolbar>
      <RegisterExtractButtons />
      <EraseButton />
    </TopToolbar>
  );
}

export function ParticipantShow() {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const seesAssessments = permissions === 'COACH' || permissions === 'MANAGER';
  return (
    <Show actions={<ParticipantActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label={translate('app.personalData.tabs.details')}>
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
          <WrapperField label={translate('app.personalData.consent.title')}>
            <ConsentPanel />
          </WrapperField>
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
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('app.personalData.tabs.history')} path="history">
          <HistoryPanel />
        </TabbedShowLayout.Tab>
        {seesAssessments && (
          <TabbedShowLayout.Tab label={translate('app.assessment.tab')} path="assessments">
            <AssessmentsPanel />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
}
