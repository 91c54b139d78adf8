// react-admin's login form with the link to the accessibility statement beneath it.
import { Login, LoginForm } from 'react-admin';
import { AccessibilityLink } from './AccessibilityLink';

export function LoginPage() {
  return (
    <Login>
      <LoginForm />
      <AccessibilityLink />
    </Login>
  );
}
