// The start page follows the role (see startFor): a coach's caseload and what is due, a
// referrer's own referrals, another förbund's published figures, or the overview.
import { Loading } from 'react-admin';
import { useRole } from '../auth/useRole';
import { Dashboard } from '../dashboard/Dashboard';
import { CoachStart } from './CoachStart';
import { ExternalStart } from './ExternalStart';
import { ReferrerStart } from './ReferrerStart';
import { startFor } from './startFor';

const PAGES = {
  overview: Dashboard,
  coach: CoachStart,
  referrer: ReferrerStart,
  external: ExternalStart,
} as const;

export function StartPage() {
  const role = useRole();
  if (role === undefined) return <Loading />;
  const Page = PAGES[startFor(role)];
  return <Page />;
}
