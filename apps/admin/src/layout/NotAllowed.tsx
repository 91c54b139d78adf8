// What a typed address shows when it is not one of the role's pages: a resource or screen
// the role may not open says so plainly (rather than an empty or failing list); anything
// else is react-admin's "not found".
import { Button, Card, CardContent, Typography } from '@mui/material';
import { Link, NotFound, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { RESOURCE_ACTIONS } from '../auth/roles';
import { CUSTOM_ROUTES } from './customRoutes';

/** Whether the path is one of the panel's resources or screens (for some role). */
export function isPanelPage(pathname: string): boolean {
  const first = pathname
    .split('/')
    .find((part) => part !== '')
    ?.toLowerCase();
  if (first === undefined) return false;
  const pages = [
    ...Object.keys(RESOURCE_ACTIONS),
    ...Object.values(CUSTOM_ROUTES).map((path) => path.slice(1)),
  ];
  return pages.some((page) => page.toLowerCase() === first);
}

export function NotAllowed() {
  const translate = useTranslate();
  const { pathname } = useLocation();
  if (!isPanelPage(pathname)) return <NotFound />;
  return (
    <Card component="section" aria-labelledby="not-allowed-title" sx={{ mt: 2 }}>
      <CardContent>
        <Typography id="not-allowed-title" variant="h5" component="h1" gutterBottom>
          {translate('app.access.title')}
        </Typography>
        <Typography sx={{ mb: 2 }}>{translate('app.access.body')}</Typography>
        <Button component={Link} to="/" variant="contained">
          {translate('app.access.home')}
        </Button>
      </CardContent>
    </Card>
  );
}
