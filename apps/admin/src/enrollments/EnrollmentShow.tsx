import {
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { EnumField, IsoDateField } from '../common/fields';
import { CoachField, MunicipalityField, ProjectField } from '../common/refs';
import { usePolicy } from '../auth/permissions';
import { canWriteResource } from '../auth/roles';
import { PhaseTimeline } from './PhaseTimeline';
import { MovePhaseButton } from './MovePhaseButton';
import { DischargeButton } from './DischargeButton';
import { IncomeDuringButton } from './IncomeDuringButton';
import { IncomeField } from './IncomeField';
import { AddPlacementButton } from './AddPlacementButton';
import { EnrollmentFollowUps, EnrollmentPlacements } from './EnrollmentWork';
import { RecordSurveyButton } from '../surveys/RecordSurveyButton';
import { SendSurveyButton } from '../surveys/SendSurveyButton';
import { SurveyAnswers } from '../surveys/SurveyAnswers';
import { canSendSurvey } from '../surveys/surveyRoles';

function EnrollmentActions() {
  const policy = usePolicy();
  if (!canWriteResource(policy, 'Enrollment')) return null;
  return (
    <TopToolbar>
      <MovePhaseButton />
      {canWriteResource(policy, 'Placement') && <AddPlacementButton />}
      <IncomeDuringButton />
      <DischargeButton />
      {canSendSurvey(policy) && <SendSurveyButton />}
      {canSendSurvey(policy) && <RecordSurveyButton />}
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
        <IncomeField source="compensationAtStart" />
        <IncomeField source="compensationDuring" />
        <IncomeField source="compensationAtEnd" />
        <IsoDateField source="dischargedOn" />
        <EnumField source="dischargeReason" type="dischargeReason" />
        <EnumField source="occupationAfter" type="occupation" />
        <EnrollmentPlacements />
        <EnrollmentFollowUps />
        <SurveyAnswers />
      </SimpleShowLayout>
    </Show>
  );
}
