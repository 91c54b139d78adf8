// The link to the accessibility statement that DIGG asks for on every page: in the layout's
// foot and under the login form.
import { Box } from '@mui/material';
import { Link, useLocaleState } from 'react-admin';
import { PUBLIC_ROUTES } from './customRoutes';

const LABEL = { sv: 'Tillgänglighetsredogörelse', en: 'Accessibility statement' } as const;

export function AccessibilityLink() {
  const [locale] = useLocaleState();
  return (
    <Box component="p" sx={{ mt: 3, mb: 1, textAlign: 'center' }}>
      <Link to={PUBLIC_ROUTES.accessibility} data-testid="accessibility-link">
        {LABEL[locale === 'en' ? 'en' : 'sv']}
      </Link>
    </Box>
  );
}
