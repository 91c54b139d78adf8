// The latest version of each questionnaire, for sending and recording.
import { useFinsam } from '../api/useFinsam';
import type { Questionnaire } from '../api/types';
import { useFinsamQuery } from '../api/useFinsamQuery';

export function useLatestQuestionnaires(open: boolean): Questionnaire[] {
  const finsam = useFinsam();
  const list = useFinsamQuery(['questionnaires'], open ? () => finsam.questionnaires() : null);
  return (list.data ?? []).filter((q) => q.latest);
}
