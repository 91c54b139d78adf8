// The project a screen starts with: the one running today, else the first.
import { useMemo } from 'react';
import { useGetList } from 'react-admin';
import { toIsoDate } from '../lib/format';
import { defaultProjectId, type ProjectLike } from '../lib/projects';

type ProjectRecord = ProjectLike & { id: string; name: string };

export function useDefaultProject() {
  const { data, isPending, error } = useGetList<ProjectRecord>('Project', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'startsOn', order: 'ASC' },
  });
  const projectId = useMemo(
    () => (data ? defaultProjectId(data, toIsoDate(new Date())) : null),
    [data],
  );
  return { projects: data ?? [], projectId, isPending, error };
}
