// The records of one audit entry: how many, and the first few ids.
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { summariseEntityIds } from './entityIds';

export function EntityIdsCell({ ids, first }: { ids: readonly string[]; first?: string }) {
  const translate = useTranslate();
  const { count, shown, more } = summariseEntityIds(ids, first ? { first } : {});
  if (count === 0) return <>–</>;
  return (
    <Box>
      {count > 1 && (
        <Typography variant="body2" component="div" sx={{ fontWeight: 500 }}>
          {translate('app.audit.idCount', { smart_count: count })}
        </Typography>
      )}
      {shown.map((id) => (
        <Typography
          key={id}
          variant="body2"
          component="div"
          sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}
        >
          {id}
        </Typography>
      ))}
      {more > 0 && (
        <Typography variant="body2" component="div" color="text.secondary">
          {translate('app.audit.idsMore', { smart_count: more })}
        </Typography>
      )}
    </Box>
  );
}
