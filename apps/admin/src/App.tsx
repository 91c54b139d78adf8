// The admin panel: resources, the reallocation screen and reports, all following the role.
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { createHashRouter, Route, RouterProvider } from 'react-router-dom';
import { buildDataProvider } from './api/dataProvider';
import { buildAuthProvider } from './auth/authProvider';
import {
  canManageUsers,
  canReallocate,
  canWriteResource,
  isRole,
  registeredFor,
} from './auth/roles';
import { StartPage } from './start/StartPage';
import { buildI18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import {
  AuditLogPage,
  QuestionnairesPage,
  ReallocationPage,
  ReportsPage,
  RetentionPage,
} from './pages';
import { RESOURCES } from './resources';
import { CUSTOM_ROUTES } from './layout/customRoutes';
import { NotAllowed } from './layout/NotAllowed';
import { theme } from './theme';

const dataProvider = buildDataProvider();
const authProvider = buildAuthProvider();
const i18nProvider = buildI18nProvider();

function Panel() {
  return (
    <Admin
      disableTelemetry
      requireAuth
      title="Höglandet SE"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      layout={Layout}
      dashboard={StartPage}
      catchAll={NotAllowed}
      theme={theme}
    >
      {(permissions: unknown) => {
        const role = isRole(permissions) ? permissions : undefined;
        // Only what the role may list: no menu entry, and a typed address says "not allowed".
        return (
          <>
            {registeredFor(role).map((name) => {
              const views = RESOURCES[name];
              return (
                <Resource
                  key={name}
                  name={name}
                  list={views.list}
                  show={views.show}
                  edit={canWriteResource(role, name) ? views.edit : undefined}
                  create={canWriteResource(role, name) ? views.create : undefined}
                  icon={views.icon}
                  recordRepresentation={views.recordRepresentation}
                />
              );
            })}
            <CustomRoutes>
              {canReallocate(role) && (
                <Route path={CUSTOM_ROUTES.reallocation} element={<ReallocationPage />} />
              )}
              <Route path={CUSTOM_ROUTES.reports} element={<ReportsPage />} />
              {canManageUsers(role) && (
                <Route path={CUSTOM_ROUTES.retention} element={<RetentionPage />} />
              )}
              {canManageUsers(role) && (
                <Route path={CUSTOM_ROUTES.audit} element={<AuditLogPage />} />
              )}
              {canManageUsers(role) && (
                <Route path={CUSTOM_ROUTES.questionnaires} element={<QuestionnairesPage />} />
              )}
            </CustomRoutes>
          </>
        );
      }}
    </Admin>
  );
}

// The panel brings its own router instead of react-admin's. React Router 7 renders every
// navigation as a React transition unless told not to, and react-admin 5.15 only passes
// React Router 6's opt-out flag. Signed out, react-admin navigates to the login page and
// clears its query cache at once; the cache's urgent re-renders kept interrupting the
// transition, so the panel logged out and navigated again, ~2,500 times over 13 s, before the
// login form appeared (issue 15; marmelab/react-admin#10885). Without transitions the
// navigation lands in one render. Created once: a router made per render forgets its history.
const router = createHashRouter([{ path: '*', element: <Panel /> }]);

export function App() {
  return <RouterProvider router={router} useTransitions={false} />;
}
