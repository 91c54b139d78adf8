import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../resources';
import type { ROLES } from '../auth/roles';
import { CUSTOM_ROUTES } from '../layout/customRoutes';
import { RESOURCE_VIEWS, panelRoutesFor } from './panelRoutes';

describe('the panel’s routes', () => {
  it('know every resource’s views as resources.ts registers them', () => {
    const registered = Object.fromEntries(
      Object.entries(RESOURCES).map(([name, views]) => [
        name,
        {
          show: views.show !== undefined,
          create: views.create !== undefined,
          edit: views.edit !== undefined,
        },
      ]),
    );
    expect(RESOURCE_VIEWS).toEqual(registered);
  });

  it('give the manager every screen and the coach no reallocation', () => {
    const paths = (role: (typeof ROLES)[number]) => panelRoutesFor(role).map((r) => r.path);
    expect(paths('MANAGER')).toEqual(expect.arrayContaining(Object.values(CUSTOM_ROUTES)));
    expect(paths('COACH')).not.toContain(CUSTOM_ROUTES.reallocation);
    expect(paths('COACH')).toContain('/Enrollment/:id/show');
  });

  it('offer create and edit only to a role that writes the resource', () => {
    const board = panelRoutesFor('BOARD');
    expect(board.filter((r) => r.kind === 'create' || r.kind === 'edit')).toEqual([]);
    expect(panelRoutesFor('REFERRER').map((r) => r.path)).toContain('/Referral/create');
  });
});
