// Every address of the panel a role can open, read from the same tables App.tsx builds its
// routes from (the access table, the resources' views and the custom screens). The
// accessibility and reflow browser suites visit this list, so a resource, view or screen
// added later is checked for every role that can open it without anyone adding it there.
import type { Role } from '../api/types';
import { rolePermissions } from '../auth/permissions';
import { type ResourceName, canWriteResource, registeredFor } from '../auth/roles';
import { CUSTOM_ROUTES, CUSTOM_ROUTE_OPENS, type CustomRouteName } from '../layout/customRoutes';

export interface ViewsPresent {
  readonly show: boolean;
  readonly create: boolean;
  readonly edit: boolean;
}

/**
 * Which views each resource has beside its list (resources.ts holds the components; this
 * plain copy is what a browser test can import; panelRoutes.test.ts fails when they drift).
 */
export const RESOURCE_VIEWS: Readonly<Record<ResourceName, ViewsPresent>> = {
  Municipality: { show: true, create: false, edit: false },
  Project: { show: true, create: false, edit: false },
  Post: { show: true, create: false, edit: false },
  Coach: { show: true, create: true, edit: true },
  Participant: { show: true, create: true, edit: true },
  Referral: { show: true, create: true, edit: false },
  SeGroupMeeting: { show: true, create: true, edit: true },
  Enrollment: { show: true, create: true, edit: false },
  Employer: { show: true, create: true, edit: true },
  Placement: { show: true, create: true, edit: false },
  FollowUp: { show: true, create: false, edit: false },
  Attestation: { show: true, create: false, edit: false },
  Reallocation: { show: true, create: false, edit: false },
  User: { show: true, create: true, edit: true },
};

export type PanelRoute =
  | { readonly kind: 'start'; readonly path: '/' }
  | { readonly kind: 'list' | 'create'; readonly resource: ResourceName; readonly path: string }
  | {
      readonly kind: 'show' | 'edit';
      readonly resource: ResourceName;
      /** With `:id` where a record's id goes. */
      readonly path: string;
    }
  | { readonly kind: 'screen'; readonly screen: CustomRouteName; readonly path: string };

/** The addresses a signed-in role can open, in menu order: start, resources, screens. */
export function panelRoutesFor(role: Role): PanelRoute[] {
  const routes: PanelRoute[] = [{ kind: 'start', path: '/' }];
  const permissions = rolePermissions(role);
  for (const resource of registeredFor(permissions)) {
    const views = RESOURCE_VIEWS[resource];
    const writes = canWriteResource(permissions, resource);
    routes.push({ kind: 'list', resource, path: `/${resource}` });
    if (views.show) routes.push({ kind: 'show', resource, path: `/${resource}/:id/show` });
    if (views.create && writes)
      routes.push({ kind: 'create', resource, path: `/${resource}/create` });
    if (views.edit && writes) routes.push({ kind: 'edit', resource, path: `/${resource}/:id` });
  }
  for (const screen of Object.keys(CUSTOM_ROUTES) as CustomRouteName[]) {
    if (CUSTOM_ROUTE_OPENS[screen](permissions)) {
      routes.push({ kind: 'screen', screen, path: CUSTOM_ROUTES[screen] });
    }
  }
  return routes;
}

/** A short stable name for a route, as the results file and the statement name it. */
export function routeName(route: PanelRoute): string {
  return route.path;
}
