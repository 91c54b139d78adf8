// Which start page a role lands on. The overview's `dashboard` query is the steering
// group's, the manager's, the municipal chief's and the board's; the other roles get a
// page made for their own work.
import type { Role } from '../api/types';

export type StartKind = 'overview' | 'coach' | 'referrer' | 'external';

export function startFor(role: Role): StartKind {
  switch (role) {
    case 'COACH':
      return 'coach';
    case 'REFERRER':
      return 'referrer';
    case 'EXTERNAL':
      return 'external';
    default:
      return 'overview';
  }
}
