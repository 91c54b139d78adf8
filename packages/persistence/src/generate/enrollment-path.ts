import { LocalDate } from '@finsam-se/domain';
import { type Outcome, phasesInOrder } from './participant-paths.js';
import type { Rng } from './prng.js';

/** A phase and the day it was entered. */
export type Transition = readonly [phase: string, on: LocalDate];

/**
 * The phases from enrollment on: each step takes a while; some stop on the way, and nothing
 * is entered from `horizon` on. Also the first employer contact, a few days into employer
 * engagement or job finding, when the path gets there.
 */
export function drawPhases(
  rng: Rng,
  enrolledOn: LocalDate,
  horizon: LocalDate,
): { transitions: Transition[]; firstEmployerContactOn: LocalDate | null } {
  const transitions: Transition[] = [['agreement', enrolledOn]];
  let cursor = enrolledOn;
  const reach = rng.weighted([
    [2, 10],
    [3, 25],
    [4, 30],
    [5, 35],
  ] as const);
  for (let step = 1; step < reach; step += 1) {
    cursor = LocalDate.addDays(cursor, rng.int(20, 90));
    if (cursor >= horizon) break;
    transitions.push([phasesInOrder[step] ?? 'support_on_off_job', cursor]);
  }
  const employerContact = transitions.find(
    ([phase]) => phase === 'employer_engagement' || phase === 'job_finding',
  );
  const firstEmployerContactOn = employerContact
    ? LocalDate.addDays(employerContact[1], rng.int(0, 20))
    : null;
  return { transitions, firstEmployerContactOn };
}

/** About 40 % leave for work or studies, slightly more of the women and the young. */
export function drawOutcome(rng: Rng, gender: string, primary: boolean): Outcome {
  const toWork = (gender === 'female' ? 0.42 : 0.37) + (primary ? 0.03 : 0);
  return rng.chance(toWork)
    ? rng.weighted([
        ['employment', 62],
        ['subsidised_employment', 18],
        ['studies', 20],
      ] as const)
    : rng.weighted([
        ['job_seeking', 35],
        ['other_intervention', 30],
        ['sick_leave', 20],
        ['other', 15],
      ] as const);
}

/** Whether the outcome is a job (with or without wage subsidy). */
export function isWork(outcome: Outcome): boolean {
  return outcome === 'employment' || outcome === 'subsidised_employment';
}
