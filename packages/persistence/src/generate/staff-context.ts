import type { LocalDate, Period } from '@finsam-se/domain';

/** The association's staff and projects a simulated participant meets on the way. */
export type StaffContext = {
  readonly associationId: string;
  readonly municipalities: readonly { id: string; code: string; name: string; weight: number }[];
  readonly chiefs: ReadonlyMap<string, string>;
  readonly manager: string;
  readonly referrer: string | null;
  /** The user who records SE-group decisions. */
  readonly decider: string;
  readonly employers: readonly string[];
  /** In date order; each with its coaches per municipality (their contract on the project). */
  readonly projects: readonly {
    id: string;
    period: Period;
    coaches: ReadonlyMap<string, readonly string[]>;
  }[];
  meetingFor(municipalityId: string, heldOn: string): string;
  readonly dataUntil: LocalDate;
};
