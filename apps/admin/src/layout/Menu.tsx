// The menu follows the role: reallocation only for steering and manager, users only for
// manager, external users see only reports.
import { Menu as RaMenu, usePermissions, useTranslate } from 'react-admin';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import AssessmentIcon from '@mui/icons-material/Assessment';
import AutoDeleteIcon from '@mui/icons-material/AutoDelete';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import QuizIcon from '@mui/icons-material/Quiz';
import { CUSTOM_ROUTES } from './customRoutes';
import { canManageUsers, canReallocate, isRole, resourcesFor } from '../auth/roles';
import { startFor } from '../start/startFor';

export function Menu() {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const role = isRole(permissions) ? permissions : undefined;
  return (
    <RaMenu>
      {role !== undefined && (
        <RaMenu.DashboardItem
          primaryText={translate(
            startFor(role) === 'overview' ? 'app.menu.dashboard' : 'app.start.menu',
          )}
        />
      )}
      {canReallocate(role) && (
        <RaMenu.Item
          to={CUSTOM_ROUTES.reallocation}
          primaryText={translate('app.menu.reallocation')}
          leftIcon={<SwapHorizIcon />}
        />
      )}
      {resourcesFor(role).map((name) => (
        <RaMenu.ResourceItem key={name} name={name} />
      ))}
      {role !== undefined && (
        <RaMenu.Item
          to={CUSTOM_ROUTES.reports}
          primaryText={translate('app.menu.reports')}
          leftIcon={<AssessmentIcon />}
        />
      )}
      {canManageUsers(role) && (
        <RaMenu.Item
          to={CUSTOM_ROUTES.retention}
          primaryText={translate('app.personalData.retention.menu')}
          leftIcon={<AutoDeleteIcon />}
        />
      )}
      {canManageUsers(role) && (
        <RaMenu.Item
          to={CUSTOM_ROUTES.questionnaires}
          primaryText={translate('app.questionnaire.menu')}
          leftIcon={<QuizIcon />}
        />
      )}
      {canManageUsers(role) && (
        <RaMenu.Item
          to={CUSTOM_ROUTES.audit}
          primaryText={translate('app.audit.menu')}
          leftIcon={<ManageSearchIcon />}
        />
      )}
    </RaMenu>
  );
}
