import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export function TargetGroupField() {
  const record = useRecordContext<{ id: string; targetGroupFactors?: string[] | null }>();
  const translate = useTranslate();
  const factors = record?.targetGroupFactors ?? [];
  if (factors.length === 0) return <span>–</span>;
  return (
    <Stack direction="row" spacing={1}>
      {factors.map((f) => (
        <Chip key={f} size="small" label={translate(`app.enum.TargetGroupFactor.${f}`, { _: f })} />
      ))}
    </Stack>
  );
}
