// The show pages ask only for what the role may read: a reference the policy refuses comes
// back FORBIDDEN and leaves a "Du har inte behörighet till detta." notification (the axe
// suite's BOARD run found it on the coach, employer and meeting pages). Each page is rendered
// with a data provider that records which resources it is asked for.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router-dom';
import {
  AdminContext,
  type DataProvider,
  ResourceContextProvider,
  TestMemoryRouter,
  memoryStore,
} from 'react-admin';
import type { Role } from '../api/types';
import { rolePermissions } from '../auth/permissions';
import { clearSession, writePermissions } from '../auth/session';
import { buildI18nProvider } from '../i18n/i18nProvider';
import { EmployerShow } from '../employers/EmployerList';
import { MeetingShow } from '../meetings/MeetingShow';
import { PostShow } from '../posts/PostShow';
import { CoachShow } from './CoachShow';

afterEach(() => {
  cleanup();
  clearSession();
});

const RECORD = {
  id: 'r1',
  name: 'Sökbar post',
  heldOn: '2026-03-01',
  notes: 'Sökbar post',
  municipalityId: null,
  reallocationId: 'x1',
  decidedReferralIds: ['f1'],
};

/** Renders the page for `role` and resolves with every resource asked for, once it settled. */
async function askedFor(role: Role, resource: string, page: ReactElement): Promise<string[]> {
  writePermissions(rolePermissions(role));
  const asked: string[] = [];
  const empty = { data: [], total: 0 };
  const dataProvider = {
    getOne: async (name: string) => {
      asked.push(name);
      return { data: RECORD };
    },
    getMany: async (name: string) => {
      asked.push(name);
      return { data: [] };
    },
    getManyReference: async (name: string) => {
      asked.push(name);
      return empty;
    },
    getList: async (name: string) => {
      asked.push(name);
      return empty;
    },
  } as unknown as DataProvider;
  render(
    <TestMemoryRouter initialEntries={[`/${resource}/r1/show`]}>
      <AdminContext
        dataProvider={dataProvider}
        i18nProvider={buildI18nProvider()}
        store={memoryStore()}
        authProvider={{
          login: async () => undefined,
          logout: async () => undefined,
          checkAuth: async () => undefined,
          checkError: async () => undefined,
          getPermissions: async () => role,
        }}
      >
        <ResourceContextProvider value={resource}>
          <Routes>
            <Route path={`/${resource}/:id/show`} element={page} />
          </Routes>
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
  await waitFor(() => expect(asked).toContain(resource));
  // Let the page render the record and its references ask for their data.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return asked;
}

describe('a show page asks only for what the role may read', () => {
  it.each([
    ['Coach', 'Participant', <CoachShow key="c" />],
    ['Employer', 'Placement', <EmployerShow key="e" />],
    ['SeGroupMeeting', 'Referral', <MeetingShow key="m" />],
  ] as const)('the board’s %s page leaves out %s', async (resource, refused, page) => {
    expect(await askedFor('BOARD', resource, page)).not.toContain(refused);
  });

  it.each([
    ['Coach', 'Participant', <CoachShow key="c" />],
    ['Employer', 'Placement', <EmployerShow key="e" />],
    ['SeGroupMeeting', 'Referral', <MeetingShow key="m" />],
    ['Post', 'Reallocation', <PostShow key="p" />],
  ] as const)('the manager’s %s page still asks for its %s', async (resource, listed, page) => {
    const asked = await askedFor('MANAGER', resource, page);
    await waitFor(() => expect(asked).toContain(listed));
  });

  it('the coach’s post page leaves out the reallocation', async () => {
    expect(await askedFor('COACH', 'Post', <PostShow />)).not.toContain('Reallocation');
  });
});
