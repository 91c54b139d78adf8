// Combines the browser's checks and the server's verdict into what the screen shows.
import type { BudgetEffect, DraftCheck, ReallocationPlan, Violation } from '../api/types';
import {
  hasChanges,
  localViolations,
  reasonIsValid,
  type DraftState,
  type LocalViolation,
} from './draft';

export interface DraftAssessment {
  changed: boolean;
  local: LocalViolation[];
  server: Violation[] | undefined;
  budgetEffect: BudgetEffect | undefined;
  invalidIds: Set<string>;
  canDecide: boolean;
}

export function assessDraft(
  draft: DraftState,
  check: DraftCheck | undefined,
  plan: ReallocationPlan | undefined,
  ready: boolean,
): DraftAssessment {
  const changed = hasChanges(draft.lines);
  const local = localViolations(draft.lines, draft.step);
  const server = changed ? check?.violations : undefined;
  const budgetEffect = (changed ? check?.budgetEffect : undefined) ?? plan?.budgetEffect;
  const invalidIds = new Set(
    [...local.map((v) => v.municipalityId), ...(server ?? []).map((v) => v.municipalityId)].filter(
      (id): id is string => typeof id === 'string',
    ),
  );
  const blocking = local.some((v) => v.code === 'FTE.STEP' || v.code === 'FTE.NEGATIVE');
  const canDecide =
    ready && changed && !blocking && reasonIsValid(draft.reason) && (server ?? []).length === 0;
  return { changed, local, server, budgetEffect, invalidIds, canDecide };
}
