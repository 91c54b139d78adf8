// react-admin's login form with the link to the accessibility statement beneath it.
import { Login, LoginForm } from 'react-admin';
import { AccessibilityLink } from './AccessibilityLink';
import { useDocumentLanguage } from './documentLanguage';

/**
 * Reflow at 320 px (WCAG 1.4.10): react-admin gives the form a fixed 300 px plus padding
 * inside a card of at least 300 px, wider than the screen with the page's margins; here
 * both shrink to the screen and keep 300 px as their largest width.
 */
const fitsNarrowScreens = {
  '& .RaLogin-card': { minWidth: 0, width: 'calc(100% - 16px)', maxWidth: 332 },
  '& .RaLoginForm-content': { width: 'auto', maxWidth: 300 },
} as const;

export function LoginPage() {
  useDocumentLanguage();
  return (
    <Login sx={fitsNarrowScreens}>
      <LoginForm />
      <AccessibilityLink />
    </Login>
  );
}
