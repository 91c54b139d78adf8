// The admin panel: resources, the reallocation screen and reports, all following the role.
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { createHashRouter, Route, RouterProvider } from 'react-router-dom';
import { buildDataProvider } from './api/dataProvider';
import { buildAuthProvider } from './auth/authProvider';
import { type ComponentType, Suspense } from 'react';
import { canWriteResource, isRole, registeredFor } from './auth/roles';
import { readPermissions } from './auth/session';
import { StartPage } from './start/StartPage';
import { buildI18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import {
  AccessibilityStatementPage,
  AuditLogPage,
  BoardReportPrintPage,
  BoardReportsPage,
  ImportPage,
  QuestionnairesPage,
  ReallocationPage,
  ReportsPage,
  RetentionPage,
  TodoPage,
  OutboxPage,
} from './pages';
import { RESOURCES } from './resources';
import {
  CUSTOM_ROUTES,
  CUSTOM_ROUTE_OPENS,
  type CustomRouteName,
  PUBLIC_ROUTES,
} from './layout/customRoutes';
import { BOARD_REPORT_PRINT_ROUTE } from './boardReports/boardReportPeriod';
import { LoginPage } from './layout/LoginPage';
import { NotAllowed } from './layout/NotAllowed';
import { theme } from './theme';

/** The panel's own screens; who may open each is CUSTOM_ROUTE_OPENS. */
const SCREENS: Record<CustomRouteName, ComponentType> = {
  reallocation: ReallocationPage,
  reports: ReportsPage,
  retention: RetentionPage,
  todo: TodoPage,
  outbox: OutboxPage,
  audit: AuditLogPage,
  questionnaires: QuestionnairesPage,
  boardReports: BoardReportsPage,
  import: ImportPage,
};
const SCREEN_NAMES = Object.keys(SCREENS) as CustomRouteName[];

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
      loginPage={LoginPage}
    >
      {/* The accessibility statement is public: react-admin renders routes without layout
          before it checks the log-in. */}
      <CustomRoutes noLayout>
        {/* The board report's print page: printed to PDF by the gateway, signed in. */}
        <Route
          path={BOARD_REPORT_PRINT_ROUTE}
          element={
            <Suspense fallback={null}>
              <BoardReportPrintPage />
            </Suspense>
          }
        />
        <Route
          path={PUBLIC_ROUTES.accessibility}
          element={
            <Suspense fallback={null}>
              <AccessibilityStatementPage />
            </Suspense>
          }
        />
      </CustomRoutes>
      {(permissions: unknown) => {
        const role = isRole(permissions) ? permissions : undefined;
        // What the user may do, from me { permissions } (kept with the session at log-in).
        const policy = role === undefined ? [] : readPermissions();
        // Only what the user may list: no menu entry, and a typed address says "not allowed".
        return (
          <>
            {registeredFor(policy).map((name) => {
              const views = RESOURCES[name];
              return (
                <Resource
                  key={name}
                  name={name}
                  list={views.list}
                  show={views.show}
                  edit={canWriteResource(policy, name) ? views.edit : undefined}
                  create={canWriteResource(policy, name) ? views.create : undefined}
                  icon={views.icon}
                  recordRepresentation={views.recordRepresentation}
                />
              );
            })}
            <CustomRoutes>
              {SCREEN_NAMES.filter((screen) => CUSTOM_ROUTE_OPENS[screen](policy)).map((screen) => {
                const Screen = SCREENS[screen];
                return <Route key={screen} path={CUSTOM_ROUTES[screen]} element={<Screen />} />;
              })}
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
