// Behörighetsuppföljning: activate or deactivate a user (deactivation ends sessions at once).
import { Button } from '@mui/material';
import type { MouseEvent } from 'react';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useFinsam } from '../api/useFinsam';

export function ActiveToggle() {
  const record = useRecordContext<{ id: string; active: boolean; version: number }>();
  const translate = useTranslate();
  const finsam = useFinsam();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record) return null;
  const toggle = async (event: MouseEvent) => {
    event.stopPropagation();
    try {
      await finsam.setUserActive({
        id: record.id,
        version: record.version,
        active: !record.active,
      });
      notify(`app.personalData.users.${record.active ? 'deactivated' : 'activated'}`, {
        type: 'success',
      });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'app.error.INTERNAL_SERVER_ERROR', {
        type: 'error',
      });
    }
  };
  return (
    <Button
      size="small"
      color={record.active ? 'warning' : 'primary'}
      onClick={(event) => void toggle(event)}
    >
      {translate(`app.personalData.users.${record.active ? 'deactivate' : 'activate'}`)}
    </Button>
  );
}
