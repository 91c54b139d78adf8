import {
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import { EnumField, IsoDateField } from '../common/fields';
import { CoachField, MunicipalityField, ProjectField } from '../common/refs';
import { canWrite, isRole } from '../auth/roles';
import { PhaseTimeline } from './PhaseTimeline';
import { MovePhaseButton } from './MovePhaseButton';
import { DischargeButton } from './DischargeButton';
import { RecordSurveyButton } from '../surveys/RecordSurveyButton';
import { SendSurveyButton } from '../surveys/SendSurveyButton';
import { SurveyAnswers } from '../surveys/SurveyAnswers';
import { canSendSurvey } from '../surveys/surveyRoles';

function EnrollmentActions() {
  const { permissions } = usePermissions();
  const role = isRole(permissions) ? permissions : undefined;
  if (!canWrite(role)) return null;
  return (
    <TopToolbar>
      <MovePhaseButton />
      <DischargeButton />
      {canSendSurvey(role) && <SendSurveyButton />}
      {canSendSurvey(role) && <RecordSurveyButton />}
    </TopToolbar>
  );
}

export function EnrollmentShow() {
  return (
    <Show actions={<EnrollmentActions />}>
      <SimpleShowLayout>
        <ReferenceField source="participantId" reference="Participant" link="show">
          <TextField source="lastName" />
        </ReferenceField>
        <TextField source="participantName" />
        <CoachField source="coachId" />
        <MunicipalityField source="municipalityId" />
        <ProjectField source="projectId" />
        <IsoDateField source="enrolledOn" />
        <Labeled label="app.enrollment.timeline">
          <PhaseTimeline />
        </Labeled>
        <EnumField source="currentPhase" type="Phase" />
        <IsoDateField source="dischargedOn" />
        <EnumField source="dischargeReason" type="dischargeReason" />
        <EnumField source="occupationAfter" type="occupation" />
        <SurveyAnswers />
      </SimpleShowLayout>
    </Show>
  );
}
