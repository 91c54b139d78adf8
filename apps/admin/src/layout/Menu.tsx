// The menu follows the user's permissions (me { permissions }): reallocation only for who
// decides reallocations, users only for who manages them, external users see only reports.
import { Menu as RaMenu, usePermissions, useTranslate } from 'react-admin';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import AssessmentIcon from '@mui/icons-material/Assessment';
import AutoDeleteIcon from '@mui/icons-material/AutoDelete';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import QuizIcon from '@mui/icons-material/Quiz';
import { OutboxMenuItem, TodoMenuItem } from '../todo/TodoMenuItems';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { CUSTOM_ROUTES, CUSTOM_ROUTE_OPENS } from './customRoutes';
import { usePolicy } from '../auth/permissions';
import { canManageUsers, canReallocate, isRole, resourcesFor } from '../auth/roles';
import { startFor } from '../start/startFor';

export function Menu() {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const role = isRole(permissions) ? permissions : undefined;
  const policy = usePolicy();
  return (
    <RaMenu>
      {role !== undefined && (
        <RaMenu.DashboardItem
          primaryText={translate(
            startFor(role) === 'overview' ? 'app.menu.dashboard' : 'app.start.menu',
          )}
        />
      )}
      <TodoMenuItem />
      {canReallocate(policy) && (
        <RaMenu.Item
          to={CUSTOM_ROUTES.reallocation}
          primaryText={translate('app.menu.reallocation')}
          leftIcon={<SwapHorizIcon />}
        />
      )}
      {resourcesFor(policy, role).map((name) => (
        <RaMenu.ResourceItem key={name} name={name} />
      ))}
      {CUSTOM_ROUTE_OPENS.reports(policy) && (
        <RaMenu.Item
          to={CUSTOM_ROUTES.reports}
          primaryText={translate('app.menu.reports')}
          leftIcon={<AssessmentIcon />}
        />
      )}
      {CUSTOM_ROUTE_OPENS.boardReports(policy) && (
        <RaMenu.Item
          to={CUSTOM_ROUTES.boardReports}
          primaryText={translate('app.menu.boardReports')}
          leftIcon={<PictureAsPdfIcon />}
        />
      )}
      <OutboxMenuItem />
      {canManageUsers(policy) && (
        <RaMenu.Item
          to={CUSTOM_ROUTES.retention}
          primaryText={translate('app.personalData.retention.menu')}
          leftIcon={<AutoDeleteIcon />}
        />
      )}
      {canManageUsers(policy) && (
        <RaMenu.Item
          to={CUSTOM_ROUTES.questionnaires}
          primaryText={translate('app.questionnaire.menu')}
          leftIcon={<QuizIcon />}
        />
      )}
      {canManageUsers(policy) && (
        <RaMenu.Item
          to={CUSTOM_ROUTES.audit}
          primaryText={translate('app.audit.menu')}
          leftIcon={<ManageSearchIcon />}
        />
      )}
      {CUSTOM_ROUTE_OPENS.import(policy) && (
        <RaMenu.Item
          to={CUSTOM_ROUTES.import}
          primaryText={translate('app.import.menu')}
          leftIcon={<UploadFileIcon />}
        />
      )}
    </RaMenu>
  );
}
