import { Fte, caseloadPerFte, ipsCaseloadBand } from '@finsam-se/domain';

export type CapacityRow = {
  municipalityId: string;
  municipalityName: string;
  fte: number;
  activeParticipants: number;
  caseloadPerFte: number | null;
  band: number | null;
  referralsWaiting: number;
};

/**
 * One municipality's capacity on a date: FTE, active participants, caseload per FTE (one
 * decimal) and its IPS-25 band. Shared by the reallocation screen and the dashboard.
 */
export function capacityRow(
  municipality: { readonly id: string; readonly name: string },
  fte: Fte,
  activeParticipants: number,
  referralsWaiting: number,
): CapacityRow {
  const perFte = caseloadPerFte(activeParticipants, fte);
  return {
    municipalityId: municipality.id,
    municipalityName: municipality.name,
    fte: Fte.toDecimal(fte),
    activeParticipants,
    caseloadPerFte: perFte === null ? null : Math.round(perFte * 10) / 10,
    band: perFte === null ? null : ipsCaseloadBand(perFte),
    referralsWaiting,
  };
}
