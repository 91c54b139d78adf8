// The SE-group meetings and coaches of a referral's municipality, as select choices.
import { useGetList } from 'react-admin';

interface Meeting {
  id: string;
  heldOn: string;
}
interface Coach {
  id: string;
  name: string;
}

export function useMunicipalityChoices(municipalityId: string | undefined) {
  const enabled = municipalityId !== undefined;
  const meetings = useGetList<Meeting>(
    'SeGroupMeeting',
    {
      filter: { municipalityId },
      sort: { field: 'heldOn', order: 'DESC' },
      pagination: { page: 1, perPage: 12 },
    },
    { enabled },
  );
  const coaches = useGetList<Coach>(
    'Coach',
    {
      filter: { municipalityId },
      sort: { field: 'name', order: 'ASC' },
      pagination: { page: 1, perPage: 50 },
    },
    { enabled },
  );
  return { meetings: meetings.data ?? [], coaches: coaches.data ?? [] };
}
