// Pure: the order in which the servers' phases run, and their pairing into per-round ratios.

/**
 * Phases for `rounds` rounds of every subject, interleaved so that outside load falling on
 * one moment hits both servers' phases alike: round 1 runs A then B, round 2 B then A, and
 * so on (a drift in the machine's load then favours neither side on average).
 */
export function interleavedSchedule(subjects, rounds) {
  if (subjects.length < 2) throw new RangeError('Interleaving needs at least two subjects.');
  if (!Number.isInteger(rounds) || rounds < 3)
    throw new RangeError(`At least three rounds are needed for a spread, got ${rounds}.`);
  const schedule = [];
  for (let round = 1; round <= rounds; round += 1) {
    const order = round % 2 === 1 ? subjects : [...subjects].reverse();
    for (const subject of order) schedule.push({ round, subject });
  }
  return schedule;
}

/**
 * One ratio per round: `value(numerator phase) / value(denominator phase)` of the same
 * round. Phases are `{ round, subject, ... }` as the schedule made them.
 */
export function perRoundRatios(phases, numerator, denominator, value) {
  const rounds = [...new Set(phases.map((p) => p.round))].sort((a, b) => a - b);
  return rounds.map((round) => {
    const find = (subject) => {
      const phase = phases.find((p) => p.round === round && p.subject === subject);
      if (!phase) throw new RangeError(`Round ${round} has no ${subject} phase.`);
      return phase;
    };
    const below = value(find(denominator));
    if (!(below > 0)) throw new RangeError(`Round ${round}: ${denominator} measured ${below}.`);
    return value(find(numerator)) / below;
  });
}
