import { AuthResolver } from './auth.resolver.js';
import { OrganisationResolver } from './organisation.resolver.js';
import { ReallocationResolver } from './reallocation.resolver.js';

/** Every resolver class of the API. */
export const resolvers = [AuthResolver, OrganisationResolver, ReallocationResolver] as const;
