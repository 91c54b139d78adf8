// Runs one named enrollment mutation, then notifies and refreshes the view.
import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';

export function useEnrollmentMutation() {
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>, successKey: string): Promise<boolean> => {
    setBusy(true);
    try {
      await work();
      notify(successKey, { type: 'success' });
      refresh();
      return true;
    } catch (error) {
      notify(error instanceof Error ? error.message : 'app.error.INTERNAL_SERVER_ERROR', {
        type: 'error',
      });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
