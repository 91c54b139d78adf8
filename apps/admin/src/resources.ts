// Every resource folder, keyed by the GraphQL type name ra-data-graphql-simple uses.
import type { ResourceName } from './auth/roles';
import type { ComponentType } from 'react';
import { attestations } from './attestations';
import { coaches } from './coaches';
import { employers } from './employers';
import { enrollments } from './enrollments';
import { followUps } from './followUps';
import { meetings } from './meetings';
import { municipalities } from './municipalities';
import { participants } from './participants';
import { placements } from './placements';
import { posts } from './posts';
import { projects } from './projects';
import { reallocations } from './reallocations';
import { referrals } from './referrals';
import { users } from './users';

export interface ResourceViews {
  list: ComponentType;
  show: ComponentType;
  edit: ComponentType | undefined;
  create: ComponentType | undefined;
  icon: ComponentType;
  recordRepresentation?: string | ((record: { firstName?: string; lastName?: string }) => string);
}

export const RESOURCES: Record<ResourceName, ResourceViews> = {
  Municipality: municipalities,
  Project: projects,
  Post: posts,
  Coach: coaches,
  Participant: participants,
  Referral: referrals,
  SeGroupMeeting: meetings,
  Enrollment: enrollments,
  Employer: employers,
  Placement: placements,
  FollowUp: followUps,
  Attestation: attestations,
  Reallocation: reallocations,
  User: users,
};
