import { describe, expect, it } from 'vitest';
import { rolePermissions } from '../auth/permissions';
import { resourcesFor } from '../auth/roles';
import { CUSTOM_ROUTES, CUSTOM_ROUTE_OPENS, PUBLIC_ROUTES, collidingPaths } from './customRoutes';

describe('custom routes', () => {
  it('share no path with any resource, ignoring case', () => {
    const paths = [...Object.values(CUSTOM_ROUTES), ...Object.values(PUBLIC_ROUTES)];
    expect(collidingPaths(paths, resourcesFor(rolePermissions('MANAGER'), 'MANAGER'))).toEqual([]);
  });

  it('open the reports only to a role that may read a report', () => {
    expect(CUSTOM_ROUTE_OPENS.reports(rolePermissions('REFERRER'))).toBe(false);
    expect(CUSTOM_ROUTE_OPENS.reports(rolePermissions('COACH'))).toBe(true);
    expect(CUSTOM_ROUTE_OPENS.reports(rolePermissions('EXTERNAL'))).toBe(true);
  });

  it('catch a screen path that differs from a resource only in case', () => {
    expect(collidingPaths(['/reallocation', '/reports'], ['Reallocation'])).toEqual([
      '/reallocation',
    ]);
  });
});
