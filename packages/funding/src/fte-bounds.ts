import { type Fte, type Result, ok } from '@finsam-se/domain';
import { type FundingError, fundingFail } from './funding-error.js';
import { type FteBounds } from './plan-reallocation.js';

/** A project's setting for one municipality; `min: null` means the default, one step. */
export type FteBoundSetting = { readonly min?: Fte | null; readonly max?: Fte | null };

export type ResolveFteBoundsInput = {
  /** Every municipality that shares the total. */
  readonly municipalityIds: readonly string[];
  readonly settings: Readonly<Record<string, FteBoundSetting>>;
  /** The step the plan moves in; the default minimum is one step. */
  readonly step: Fte;
  /** The FTE to share: the bounds must leave a way to share exactly this. */
  readonly total: Fte;
};

export type ResolveFteBoundsError = FundingError<
  'APPORTION.BAD_STEP' | 'APPORTION.BAD_BOUNDS' | 'APPORTION.INFEASIBLE'
>;

/**
 * "Antalet coacher i kommunerna varierar mellan en till fyra personer": every municipality
 * keeps a coach. Turns a project's per-municipality settings into the bounds a plan in
 * `step` can honour: the minimum defaults to one step, a minimum is rounded up and a
 * maximum down to a whole step (a plan in half posts cannot give 0.25). The bounds must
 * leave a way to share `total` exactly: Σ minimums ≤ total ≤ Σ maximums (a municipality
 * without a maximum can take any amount), else `APPORTION.INFEASIBLE`.
 */
export function resolveFteBounds(
  input: ResolveFteBoundsInput,
): Result<FteBounds, ResolveFteBoundsError> {
  const { step } = input;
  if (!Number.isSafeInteger(step) || step <= 0) {
    return fundingFail('APPORTION.BAD_STEP', { field: 'step' });
  }
  const bounds: Record<string, { min: Fte; max?: Fte }> = {};
  let minSum = 0;
  let maxSum = 0;
  let uncapped = false;
  for (const id of input.municipalityIds) {
    const setting = input.settings[id] ?? {};
    const min = Math.ceil((setting.min ?? step) / step) * step;
    const max =
      setting.max === undefined || setting.max === null
        ? undefined
        : Math.floor(setting.max / step) * step;
    if (max !== undefined && min > max) {
      return fundingFail('APPORTION.BAD_BOUNDS', { field: 'bounds', municipalityId: id });
    }
    bounds[id] = max === undefined ? { min: min as Fte } : { min: min as Fte, max: max as Fte };
    minSum += min;
    if (max === undefined) uncapped = true;
    else maxSum += max;
  }
  if (minSum > input.total || (!uncapped && maxSum < input.total)) {
    return fundingFail('APPORTION.INFEASIBLE', { field: 'bounds' });
  }
  return ok(bounds);
}
