/**
 * Income during participation for generated enrollments (§9: "före, under och efter").
 * Derived from the enrollment's id rather than drawn from the shared random stream, so adding
 * it leaves every other generated value (and every figure built on the demo) unchanged.
 */
export function incomeDuringFor(input: {
  readonly enrollmentId: string;
  readonly before: readonly string[];
  /** The occupation the participant leaves for (known to the generator from the start). */
  readonly outcome: string;
  /** A job started before the discharge. */
  readonly jobStarted: boolean;
}): string[] {
  const { before, outcome, jobStarted } = input;
  const dice = hundredthOf(input.enrollmentId);
  const onSupport = before.filter((code) => code !== 'no_public_support');
  // In a wage-subsidised job before leaving: paid with wage subsidy while still enrolled.
  if (jobStarted && outcome === 'subsidised_employment') return ['wage_subsidy_salary'];
  // In a regular job before leaving: part-time salary beside the support, or salary alone.
  if (jobStarted && outcome === 'employment')
    return onSupport.length > 0 && dice < 60 ? [...onSupport, 'salary'] : ['salary'];
  // Some move to the Employment Service's activity support while in the insats.
  if (dice < 12 && !before.includes('activity_support') && !before.includes('no_public_support'))
    return ['activity_support'];
  return [...before];
}

/** A stable number 0–99 from an id (FNV-1a): the same id always gives the same value. */
function hundredthOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 100;
}
