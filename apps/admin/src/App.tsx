// The admin panel: resources, the reallocation screen and reports, all following the role.
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { buildDataProvider } from './api/dataProvider';
import { buildAuthProvider } from './auth/authProvider';
import { canManageUsers, canReallocate, canWrite, isRole, type ResourceName } from './auth/roles';
import { Dashboard } from './dashboard/Dashboard';
import { buildI18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { AuditLogPage } from './audit/AuditLogPage';
import { ReallocationPage } from './reallocation/ReallocationPage';
import { ReportsPage } from './reports/ReportsPage';
import { RetentionPage } from './retention/RetentionPage';
import { QuestionnairesPage } from './surveys/QuestionnairesPage';
import { RESOURCES } from './resources';
import { theme } from './theme';

const dataProvider = buildDataProvider();
const authProvider = buildAuthProvider();
const i18nProvider = buildI18nProvider();

export function App() {
  return (
    <Admin
      disableTelemetry
      requireAuth
      title="Höglandet SE"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      layout={Layout}
      dashboard={Dashboard}
      theme={theme}
    >
      {(permissions: unknown) => {
        const role = isRole(permissions) ? permissions : undefined;
        const writable = canWrite(role);
        const names = (Object.keys(RESOURCES) as ResourceName[]).filter(
          (name) => name !== 'User' || canManageUsers(role),
        );
        return (
          <>
            {names.map((name) => {
              const views = RESOURCES[name];
              return (
                <Resource
                  key={name}
                  name={name}
                  list={views.list}
                  show={views.show}
                  edit={writable ? views.edit : undefined}
                  create={writable ? views.create : undefined}
                  icon={views.icon}
                  recordRepresentation={views.recordRepresentation}
                />
              );
            })}
            <CustomRoutes>
              {canReallocate(role) && <Route path="/reallocation" element={<ReallocationPage />} />}
              <Route path="/reports" element={<ReportsPage />} />
              {canManageUsers(role) && <Route path="/retention" element={<RetentionPage />} />}
              {canManageUsers(role) && <Route path="/audit" element={<AuditLogPage />} />}
              {canManageUsers(role) && (
                <Route path="/questionnaires" element={<QuestionnairesPage />} />
              )}
            </CustomRoutes>
          </>
        );
      }}
    </Admin>
  );
}
