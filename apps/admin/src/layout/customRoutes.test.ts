import { describe, expect, it } from 'vitest';
import { rolePermissions } from '../auth/permissions';
import { resourcesFor } from '../auth/roles';
import { CUSTOM_ROUTES, PUBLIC_ROUTES, collidingPaths } from './customRoutes';

describe('custom routes', () => {
  it('share no path with any resource, ignoring case', () => {
    const paths = [...Object.values(CUSTOM_ROUTES), ...Object.values(PUBLIC_ROUTES)];
    expect(collidingPaths(paths, resourcesFor(rolePermissions('MANAGER'), 'MANAGER'))).toEqual([]);
  });

  it('catch a screen path that differs from a resource only in case', () => {
    expect(collidingPaths(['/reallocation', '/reports'], ['Reallocation'])).toEqual([
      '/reallocation',
    ]);
  });
});
