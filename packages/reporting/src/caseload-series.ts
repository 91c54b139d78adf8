import {
  CASELOAD_TARGET_PER_FTE,
  type IpsCaseloadScore,
  type Period,
  Period as P,
  ipsCaseloadBand,
} from '@finsam-se/domain';
import { isActiveDuring } from './active.js';
import { nameLabel, totalLabel } from './labels.js';
import type { EnrollmentRow, Labels, PostRow } from './rows.js';
import { type Column, type Row, type Table, countCell, valueCell } from './table.js';

export type CaseloadUnit = 'municipality' | 'coach';

export type CaseloadSeriesOptions = {
  /** The months this period touches, each as a whole calendar month. */
  readonly range: Period;
  readonly by: CaseloadUnit;
  /** Target caseload per full-time coach; 20 by default (the project description). */
  readonly targetPerFte?: number;
  readonly labels?: Labels;
};

/** One point of the series: one unit (municipality or coach, or `total`) in one month. */
export type CaseloadPoint = {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly unitId: string;
  /** Participants active on at least one day of the month. */
  readonly active: number;
  /** Day-weighted average FTE of the posts in the month, in hundredths (may be fractional). */
  readonly fteHundredths: number;
  /** `active / FTE`, null when FTE is 0. */
  readonly caseloadPerFte: number | null;
  /** IPS-25 item 1 band of the caseload, null when FTE is 0. */
  readonly ipsBand: IpsCaseloadScore | null;
  readonly target: number;
  /** Caseload above target. */
  readonly overTarget: boolean;
};

/**
 * Day-weighted FTE of the posts in a month: Σ fte × (days the post covers in the month) /
 * (days in the month), in hundredths. A post from the 16th of a 30-day month at 1.00 FTE
 * gives 0.50 for that month.
 */
export function monthlyFte(posts: readonly PostRow[], month: Period): number {
  const days = P.days(month);
  let weighted = 0;
  for (const post of posts) {
    const overlap = P.intersection(post.period, month);
    if (overlap) weighted += post.fte * P.days(overlap);
  }
  return weighted / days;
}

/**
 * Enrollments of one unit (municipality or coach) active in one month: the counts a
 * caseload series is built from.
 */
export type CaseloadCount = {
  /** `YYYY-MM`: one of the months the range touches. */
  readonly month: string;
  /** The municipality or the coach, per `by`. */
  readonly unitId: string;
  /**
   * Enrollments active (`isActiveDuring`) in the part of the month that lies in the range;
   * a whole number ≥ 0.
   */
  readonly active: number;
};

export type CaseloadCountOptions = Pick<CaseloadSeriesOptions, 'range' | 'by'>;

const monthKeyOf = (month: Period): string => month.start.slice(0, 7);

/**
 * The count step of `caseloadSeriesPoints`: enrollments active per unit per month, once
 * per (month, unit) that has any. An enrollment counts in a month when it is active in the
 * month cut to the range (`isActiveDuring`): only in the part of a first or last month that
 * the range covers.
 */
export function caseloadCounts(
  enrollments: readonly EnrollmentRow[],
  options: CaseloadCountOptions,
): CaseloadCount[] {
  const unitOf = (row: EnrollmentRow): string =>
    options.by === 'coach' ? row.coachId : row.municipalityId;
  const relevant = enrollments.filter((row) => isActiveDuring(row, options.range));
  const counts: CaseloadCount[] = [];
  for (const month of P.months(options.range)) {
    // The months touch the range, so the cut is never empty.
    const within = P.intersection(month, options.range) ?? month;
    const active = new Map<string, number>();
    for (const row of relevant) {
      if (!isActiveDuring(row, within)) continue;
      const unit = unitOf(row);
      active.set(unit, (active.get(unit) ?? 0) + 1);
    }
    const key = monthKeyOf(month);
    for (const [unitId, n] of active) counts.push({ month: key, unitId, active: n });
  }
  return counts;
}

/**
 * The caseload series, one point per unit per month plus a `total` point per month.
 * Units are the municipalities (or coaches) that have posts or participants in the range.
 */
export function caseloadSeriesPoints(
  enrollments: readonly EnrollmentRow[],
  posts: readonly PostRow[],
  options: Omit<CaseloadSeriesOptions, 'labels'>,
): CaseloadPoint[] {
  return caseloadSeriesPointsFromCounts(caseloadCounts(enrollments, options), posts, options);
}

/**
 * The points step of `caseloadSeriesPoints`, for counts made elsewhere (in SQL, say). The
 * counts must follow `CaseloadCount` for the same range and unit; (month, unit) pairs may
 * repeat (their counts are added) and come in any order. A unit with a zero count only is
 * left out, as a unit with no one active in the range is; a unit with a post in the range
 * is kept. Throws a RangeError for a count that is not a whole number ≥ 0 or a month the
 * range does not touch.
 */
export function caseloadSeriesPointsFromCounts(
  counts: readonly CaseloadCount[],
  posts: readonly PostRow[],
  options: Omit<CaseloadSeriesOptions, 'labels'>,
): CaseloadPoint[] {
  const target = options.targetPerFte ?? CASELOAD_TARGET_PER_FTE;
  const unitOfPost = (post: PostRow): string | null =>
    options.by === 'coach' ? post.coachId : post.municipalityId;
  const months = P.months(options.range);
  const activeByMonth = new Map(
    months.map((month) => [monthKeyOf(month), new Map<string, number>()]),
  );
  const units = new Set<string>();
  const postsByUnit = new Map<string, PostRow[]>();
  for (const post of posts) {
    const unit = unitOfPost(post);
    if (unit === null || !P.overlaps(post.period, options.range)) continue;
    units.add(unit);
    const list = postsByUnit.get(unit) ?? [];
    list.push(post);
    postsByUnit.set(unit, list);
  }
  for (const { month, unitId, active } of counts) {
    if (!Number.isInteger(active) || active < 0)
      throw new RangeError(`A count is of whole enrollments, got ${active}`);
    const inMonth = activeByMonth.get(month);
    if (!inMonth) throw new RangeError(`${month} is not a month of ${P.format(options.range)}`);
    if (active === 0) continue;
    units.add(unitId);
    inMonth.set(unitId, (inMonth.get(unitId) ?? 0) + active);
  }
  const sortedUnits = [...units].sort();
  const points: CaseloadPoint[] = [];
  for (const month of months) {
    const monthKey = monthKeyOf(month);
    const active = activeByMonth.get(monthKey) ?? new Map<string, number>();
    let activeTotal = 0;
    for (const n of active.values()) activeTotal += n;
    let fteTotal = 0;
    for (const unit of sortedUnits) {
      const fte = monthlyFte(postsByUnit.get(unit) ?? [], month);
      fteTotal += fte;
      points.push(point(monthKey, unit, active.get(unit) ?? 0, fte, target));
    }
    points.push(point(monthKey, 'total', activeTotal, fteTotal, target));
  }
  return points;
}

function point(
  month: string,
  unitId: string,
  active: number,
  fteHundredths: number,
  target: number,
): CaseloadPoint {
  // Not the domain's caseloadPerFte: the day-weighted FTE is fractional in hundredths.
  const perFte = fteHundredths <= 0 ? null : (active * 100) / fteHundredths;
  return {
    month,
    unitId,
    active,
    fteHundredths,
    caseloadPerFte: perFte,
    ipsBand: perFte === null ? null : ipsCaseloadBand(perFte),
    target,
    overTarget: perFte !== null && perFte > target,
  };
}

const caseloadColumns: readonly Column[] = [
  {
    key: 'active',
    label: { sv: 'Aktiva deltagare', en: 'Active participants' },
    kind: 'count',
    unit: 'persons',
  },
  { key: 'fte', label: { sv: 'Årsarbetare (heltid)', en: 'FTE' }, kind: 'value', unit: 'fte' },
  {
    key: 'caseload_per_fte',
    label: { sv: 'Deltagare per heltid', en: 'Participants per FTE' },
    kind: 'value',
    unit: 'per_fte',
    derivedFrom: ['active'],
  },
  {
    key: 'target',
    label: { sv: 'Mål per heltid', en: 'Target per FTE' },
    kind: 'value',
    unit: 'per_fte',
  },
  {
    key: 'ips_band',
    label: { sv: 'IPS-poäng (ärendemängd)', en: 'IPS score (caseload)' },
    kind: 'value',
    unit: 'score',
    derivedFrom: ['active'],
  },
];

/**
 * Caseload over time as a table: a row per unit per month (`sumGroup` = the month) and a
 * total row per month. Active = on at least one day of the month; FTE = day-weighted.
 */
export function caseloadSeries(
  enrollments: readonly EnrollmentRow[],
  posts: readonly PostRow[],
  options: CaseloadSeriesOptions,
): Table {
  const points = caseloadSeriesPoints(enrollments, posts, options);
  const rows: Row[] = points.map((p) => {
    const isTotal = p.unitId === 'total';
    const unitLabel = isTotal ? totalLabel : nameLabel(p.unitId, options.labels);
    return {
      key: `${p.month}|${p.unitId}`,
      label: { sv: `${p.month} ${unitLabel.sv}`, en: `${p.month} ${unitLabel.en}` },
      role: isTotal ? 'total' : 'detail',
      sumGroup: p.month,
      dims: isTotal ? { month: p.month } : { month: p.month, [options.by]: p.unitId },
      cells: {
        active: countCell(p.active),
        fte: valueCell(Math.round(p.fteHundredths) / 100),
        caseload_per_fte: valueCell(p.caseloadPerFte, p.active),
        target: valueCell(p.target),
        ips_band: valueCell(p.ipsBand, p.active),
      },
    };
  });
  return {
    id: 'caseload',
    title: { sv: 'Ärendemängd över tid', en: 'Caseload over time' },
    dimension: {
      sv: options.by === 'coach' ? 'Månad och coach' : 'Månad och kommun',
      en: options.by === 'coach' ? 'Month and coach' : 'Month and municipality',
    },
    definition: {
      sv: 'Aktiva deltagare (inskrivna minst en dag i månaden) per årsarbetare, där årsarbetare är tjänsternas omfattning viktad med dagar i månaden. Mål 20 per heltid; IPS-band enligt IPS-25 punkt 1.',
      en: 'Active participants (enrolled on at least one day of the month) per FTE, where FTE is the posts weighted by days covered in the month. Target 20 per FTE; IPS band per IPS-25 item 1.',
    },
    columns: caseloadColumns,
    rows,
  };
}
