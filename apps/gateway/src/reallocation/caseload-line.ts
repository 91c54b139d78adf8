import type { CaseloadPoint } from '@finsam-se/reporting';

/** One unit's line of the caseload chart as the API shows it: rounded FTE and caseload. */
export function caseloadLine(points: readonly CaseloadPoint[], unitId: string) {
  return points
    .filter((p) => p.unitId === unitId)
    .map((p) => ({
      month: p.month,
      activeParticipants: p.active,
      fte: Math.round(p.fteHundredths) / 100,
      perFte: p.caseloadPerFte === null ? null : Math.round(p.caseloadPerFte * 10) / 10,
      band: p.ipsBand,
    }));
}
