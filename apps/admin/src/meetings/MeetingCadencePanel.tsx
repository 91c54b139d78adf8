// Above the meetings list: the groups in the user's scope that let one of the last twelve
// whole months pass without a meeting (SE groups meet monthly), computed by the gateway.
import { useMemo } from 'react';
import { Box } from '@mui/material';
import { useFinsam } from '../api/useFinsam';
import { MeetingCadenceCard } from '../dashboard/MeetingCadenceCard';
import { toIsoDate } from '../lib/format';
import { useFinsamQuery } from '../api/useFinsamQuery';

const MONTHS = 12;

export function MeetingCadencePanel() {
  const finsam = useFinsam();
  const asOf = useMemo(() => toIsoDate(new Date()), []);
  const cadence = useFinsamQuery(['meetingCadence', asOf, MONTHS], () =>
    finsam.meetingCadence({ asOf, months: MONTHS }),
  );
  if (!cadence.data) return null;
  return (
    <Box sx={{ mt: 2 }}>
      <MeetingCadenceCard rows={cadence.data} />
    </Box>
  );
}
