import { employerNames } from './names.js';
import { type Rng, uuidFrom } from './prng.js';
import type { RowSink } from './row-sink.js';
import type { MunicipalityRow } from './write-staff.js';

/** Step `employers`: 8 to 15 employers, each in one of the municipalities. Returns their ids. */
export function writeEmployers(
  rng: Rng,
  sink: RowSink,
  associationId: string,
  municipalities: readonly MunicipalityRow[],
): string[] {
  return employerNames.slice(0, 8 + rng.int(0, 8)).map((name) => {
    const id = uuidFrom(rng);
    const municipality = rng.pick(municipalities);
    sink.add('employers', {
      association_id: associationId,
      id,
      // Many municipalities: the same chain has a workplace in several of them.
      name: `${name}${municipalities.length > 6 ? ` ${municipality.name}` : ''}`,
      organisation_number: null,
      municipality_id: municipality.id,
    });
    return id;
  });
}

/**
 * Step `se_group_meetings`: a meeting is written the first time a referral is decided at it,
 * so the meetings follow the participants' random stream. Returns the meeting's id.
 */
export function meetingWriter(
  rng: Rng,
  sink: RowSink,
  associationId: string,
): (municipalityId: string, heldOn: string) => string {
  const meetings = new Map<string, string>();
  return (municipalityId, heldOn) => {
    const key = `${municipalityId}|${heldOn}`;
    let id = meetings.get(key);
    if (!id) {
      id = uuidFrom(rng);
      meetings.set(key, id);
      sink.add('se_group_meetings', {
        association_id: associationId,
        id,
        municipality_id: municipalityId,
        held_on: heldOn,
        notes: 'Genomgång av nya remisser, inskrivna och avslut.',
      });
    }
    return id;
  };
}
