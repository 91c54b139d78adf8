import { AuthResolver } from './auth.resolver.js';
import { DashboardResolver } from './dashboard.resolver.js';
import { ReportResolver } from './report.resolver.js';
import { OrganisationResolver } from './organisation.resolver.js';
import { ReallocationResolver } from './reallocation.resolver.js';
import { EmployerResolver } from './employer.resolver.js';
import { EnrollmentResolver } from './enrollment.resolver.js';
import { ParticipantResolver } from './participant.resolver.js';
import { ReferralResolver } from './referral.resolver.js';
import { UserResolver } from './user.resolver.js';
import { PersonalDataResolver } from './personal-data.resolver.js';
import { SurveyResolver } from './survey.resolver.js';
import { CodeListResolver } from './code-list.resolver.js';

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
] as const;
