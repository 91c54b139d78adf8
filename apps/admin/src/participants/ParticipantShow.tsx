import {
  ChipField,
  Datagrid,
  EditButton,
  ReferenceField,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  WrapperField,
  useTranslate,
} from 'react-admin';
import { AssessmentsPanel } from '../assessments/AssessmentsPanel';
import { canWritePeople } from '../auth/roles';
import { can, usePolicy } from '../auth/permissions';
import { EnumField, IsoDateField } from '../common/fields';
import { CoachField, MunicipalityField } from '../common/refs';
import {
  ConsentPanel,
  EraseButton,
  HistoryPanel,
  RegisterExtractButtons,
} from './PersonalDataPanels';
import { CurrentStepField } from './CurrentStepField';
import { TargetGroupField } from './TargetGroupField';

/** Edit for the roles that keep the register (the gateway's rule), then GDPR actions. */
function ParticipantActions() {
  const writes = canWritePeople(usePolicy());
  return (
    <TopToolbar>
      {writes && <EditButton />}
      <RegisterExtractButtons />
      <EraseButton />
    </TopToolbar>
  );
}

export function ParticipantShow() {
  const translate = useTranslate();
  const seesAssessments = can(usePolicy(), 'assessment.read');
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
          <EnumField source="status" type="ParticipantStatus" />
          <CoachField source="coachId" />
          <CurrentStepField />
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
              <EnumField
                source="referrerOrganisation"
                type="ReferrerOrganisation"
                sortable={false}
              />
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
