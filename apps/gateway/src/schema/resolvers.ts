import { AuthResolver } from '../auth/auth.resolver.js';
import { DashboardResolver } from '../dashboard/dashboard.resolver.js';
import { ReportResolver } from '../report/report.resolver.js';
import { OrganisationResolver } from '../organisation/organisation.resolver.js';
import { ReallocationResolver } from '../reallocation/reallocation.resolver.js';
import {
  EmployerResolver,
  attestationResource,
  employerResource,
} from '../employer/employer.resolver.js';
import { EnrollmentResolver } from '../enrollment/enrollment.resolver.js';
import { ParticipantResolver } from '../participant/participant.resolver.js';
import { ReferralResolver } from '../referral/referral.resolver.js';
import { UserResolver } from '../user/user.resolver.js';
import { PersonalDataResolver } from '../personal-data/personal-data.resolver.js';
import { SurveyResolver } from '../survey/survey.resolver.js';
import { CodeListResolver } from '../code-list/code-list.resolver.js';
import { TodoResolver } from '../todo/todo.resolver.js';
import { BoardReportResolver } from '../board-report/board-report.resolver.js';
import { meetingResource } from '../meeting/meeting.resolver.js';
import { organisationResources } from './resources.js';

/**
 * The resources declared once (define-resource.ts): their list, count and single read, and the
 * policy action of each (auth/operation-actions.ts), come from the declaration.
 */
export const declaredResources = [
  ...organisationResources,
  employerResource,
  attestationResource,
  meetingResource,
] as const;

/** Every resolver class of the API. */
export const resolvers = [
  AuthResolver,
  OrganisationResolver,
  ReallocationResolver,
  ParticipantResolver,
  ReferralResolver,
  EnrollmentResolver,
  EmployerResolver,
  UserResolver,
  ReportResolver,
  DashboardResolver,
  PersonalDataResolver,
  SurveyResolver,
  CodeListResolver,
  TodoResolver,
  BoardReportResolver,
  ...declaredResources.map((resource) => resource.resolver),
] as const;
