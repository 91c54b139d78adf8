// react-admin's app bar with two accessibility fixes (issue 21):
// - the user button's accessible name begins with the name it shows (WCAG 2.5.3, axe's
//   label-content-name-mismatch): react-admin names it only "Profil" while it shows the
//   user's name, so a speech user saying the name could not press it;
// - the loading spinner has a name (a progressbar without one fails aria-progressbar-name).
import {
  AppBar,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  UserMenu,
  useGetIdentity,
  useTranslate,
} from 'react-admin';

function PanelUserMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const menu = translate('ra.auth.user_menu');
  const label = identity?.fullName ? `${identity.fullName} – ${menu}` : menu;
  return (
    <UserMenu label={label}>
      <Logout />
    </UserMenu>
  );
}

function Toolbar() {
  const translate = useTranslate();
  // LoadingIndicator passes unknown props to its CircularProgress.
  const named = { 'aria-label': translate('ra.page.loading') };
  return (
    <>
      <LocalesMenuButton />
      <LoadingIndicator {...named} />
    </>
  );
}

export function PanelAppBar() {
  return <AppBar userMenu={<PanelUserMenu />} toolbar={<Toolbar />} />;
}
