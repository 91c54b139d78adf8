// "Minst 20 personer per heltidstjänst" is a floor: the IPS band alone ranks 4–5 per FTE
// best, so a post below 20 over the window says its capacity is unused.
import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CapacityStatus } from '../api/types';

export function CapacityChip({ status }: { status: CapacityStatus | null | undefined }) {
  const translate = useTranslate();
  if (status !== 'UNUSED' && status !== 'OVER') return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={status === 'UNUSED' ? 'warning' : 'error'}
      label={translate(`app.reallocation.rules.capacity.${status}`)}
      data-testid={`capacity-${status}`}
    />
  );
}
