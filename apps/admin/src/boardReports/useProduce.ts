// Producing a board report: busy while Chromium prints, the gateway's message on failure.
import { useState } from 'react';
import { useNotify } from 'react-admin';
import type { ProduceBoardReportInput } from '../api/generated/graphql';
import { produceBoardReport } from './boardReportOperations';
import type { BoardReportTexts } from './boardReportTexts';

export function useProduce(t: BoardReportTexts, onProduced: () => void) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (input: ProduceBoardReportInput) => {
    setBusy(true);
    setError(null);
    try {
      await produceBoardReport(input);
      notify(t.produced, { type: 'success' });
      onProduced();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
