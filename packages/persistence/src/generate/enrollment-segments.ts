import { LocalDate, type Period } from '@finsam-se/domain';

/** One enrollment of a person's path: the part of it that one project funds. */
export type EnrollmentSegment = {
  readonly projectIndex: number;
  readonly from: LocalDate;
  /** The discharge day (the last day enrolled), or null while still enrolled. */
  readonly dischargedOn: LocalDate | null;
  /**
   * How the segment ends: `outcome` when the person leaves for their outcome, `continues`
   * when the project ends and the person goes on in the continuation project, `project_ended`
   * when the project ends with no continuation, null while enrolled.
   */
  readonly end: 'outcome' | 'continues' | 'project_ended' | null;
};

/**
 * Cuts a person's path (enrolled from `enrolledOn`, discharged on `dischargedOn` or still
 * enrolled) at project boundaries. A project's discharges are dated on or before its last
 * day (the day before its half-open end), never the day after, so each counts in its
 * project. Where a project ends and another starts the next day (a continuation), a person
 * still enrolled goes on in it from its first day with a new enrollment. Days from `until`
 * on are not yet known: nothing ends there.
 */
export function enrollmentSegments(
  projects: readonly { readonly period: Period }[],
  enrolledOn: LocalDate,
  dischargedOn: LocalDate | null,
  until: LocalDate,
): EnrollmentSegment[] {
  const segments: EnrollmentSegment[] = [];
  let from = enrolledOn;
  for (;;) {
    const projectIndex = projects.findIndex((p) => p.period.start <= from && from < p.period.end);
    if (projectIndex < 0) return segments;
    const end = projects[projectIndex]?.period.end ?? from;
    const lastDay = LocalDate.addDays(end, -1);
    if ((dischargedOn !== null && dischargedOn <= lastDay) || lastDay >= until) {
      segments.push({
        projectIndex,
        from,
        dischargedOn,
        end: dischargedOn === null ? null : 'outcome',
      });
      return segments;
    }
    const continues = projects.some((p) => p.period.start === end) && end < until;
    segments.push({
      projectIndex,
      from,
      dischargedOn: lastDay,
      end: continues ? 'continues' : 'project_ended',
    });
    if (!continues) return segments;
    from = end;
  }
}
