// The latest version of each questionnaire, for sending and recording.
import { useFinsam } from '../api/useFinsam';
import type { Questionnaire } from '../api/types';
import { useAsync } from '../lib/useAsync';

export function useLatestQuestionnaires(open: boolean): Questionnaire[] {
  const finsam = useFinsam();
  const list = useAsync(open ? () => finsam.questionnaires() : null, [open, finsam]);
  return (list.data ?? []).filter((q) => q.latest);
}
