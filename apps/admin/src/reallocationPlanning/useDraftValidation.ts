// Debounced server validation of the draft: violations and the budget effect.
import { useEffect, useState } from 'react';
import { useFinsam } from '../api/useFinsam';
import { isIsoDate } from '../lib/format';
import type { DraftCheck, ReallocationLineInput } from '../api/types';

export interface DraftValidation {
  check: DraftCheck | undefined;
  checking: boolean;
  error: unknown;
}

export function useDraftValidation(
  projectId: string | null,
  effectiveFrom: string,
  lines: readonly ReallocationLineInput[],
  step: number,
  delayMs = 400,
): DraftValidation {
  const finsam = useFinsam();
  const [state, setState] = useState<DraftValidation>({
    check: undefined,
    checking: false,
    error: undefined,
  });
  const key = JSON.stringify(lines);

  useEffect(() => {
    if (!projectId || lines.length === 0 || !isIsoDate(effectiveFrom)) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState((s) => ({ ...s, checking: true }));
      finsam
        .validateReallocationDraft(
          { projectId, effectiveFrom, lines: [...lines], step },
          controller.signal,
        )
        .then((check) => setState({ check, checking: false, error: undefined }))
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setState({ check: undefined, checking: false, error });
        });
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `key` stands for `lines` (a new array every render).
  }, [projectId, effectiveFrom, key, step, delayMs, finsam]);

  return state;
}
