// The start page follows the role (see startFor): a coach's caseload and what is due, a
// referrer's own referrals, another förbund's published figures, or the overview.
import { Loading } from 'react-admin';
import { useRole } from '../auth/useRole';
import { lazyNamed } from '../lib/lazyNamed';
import { startFor } from './startFor';

// Each role's start page in its own chunk: a coach does not download the overview's charts.
const PAGES = {
  overview: lazyNamed(() => import('../dashboard/Dashboard'), 'Dashboard'),
  coach: lazyNamed(() => import('./CoachStart'), 'CoachStart'),
  referrer: lazyNamed(() => import('./ReferrerStart'), 'ReferrerStart'),
  external: lazyNamed(() => import('./ExternalStart'), 'ExternalStart'),
} as const;

export function StartPage() {
  const role = useRole();
  if (role === undefined) return <Loading />;
  const Page = PAGES[startFor(role)];
  return <Page />;
}
