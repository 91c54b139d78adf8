// The menu's "Att göra" and "Utkorg" entries, for whom the policy gives them.
import ChecklistIcon from '@mui/icons-material/Checklist';
import OutboxIcon from '@mui/icons-material/Outbox';
import { Menu as RaMenu, useTranslate } from 'react-admin';
import { can, usePolicy } from '../auth/permissions';
import { CUSTOM_ROUTES } from '../layout/customRoutes';

export function TodoMenuItem() {
  const translate = useTranslate();
  const policy = usePolicy();
  if (!can(policy, 'todo.read')) return null;
  return (
    <RaMenu.Item
      to={CUSTOM_ROUTES.todo}
      primaryText={translate('app.todo.menu')}
      leftIcon={<ChecklistIcon />}
    />
  );
}

export function OutboxMenuItem() {
  const translate = useTranslate();
  const policy = usePolicy();
  if (!can(policy, 'outbox.read')) return null;
  return (
    <RaMenu.Item
      to={CUSTOM_ROUTES.outbox}
      primaryText={translate('app.outbox.menu')}
      leftIcon={<OutboxIcon />}
    />
  );
}
