// Above the decision history: the proposals of the project running today, where the board
// approves or rejects (its one write, in the gateway's audit log).
import { useMemo } from 'react';
import { useGetList } from 'react-admin';
import { can, usePolicy } from '../auth/permissions';
import { defaultProjectId, type ProjectLike } from '../lib/projects';
import { toIsoDate } from '../lib/format';
import { ProposalList } from './ProposalList';

export function BoardProposals() {
  const policy = usePolicy();
  const today = useMemo(() => toIsoDate(new Date()), []);
  const projects = useGetList<ProjectLike & { id: string }>('Project', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'startsOn', order: 'ASC' },
  });
  const projectId =
    projects.data && projects.data.length > 0 ? defaultProjectId(projects.data, today) : null;
  if (!projectId) return null;
  return <ProposalList projectId={projectId} canReview={can(policy, 'reallocation.review')} />;
}
