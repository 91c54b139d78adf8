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
 * The caseload series, one point per unit per month plus a `total` point per month.
 * Units are the municipalities (or coaches) that have posts or participants in the range.
 */
export function caseloadSeriesPoints(
  enrollments: readonly EnrollmentRow[],
  posts: readonly PostRow[],
  options: Omit<CaseloadSeriesOptions, 'labels'>,
): CaseloadPoint[] {
  const target = options.targetPerFte ?? CASELOAD_TARGET_PER_FTE;
  const unitOfEnrollment = (row: EnrollmentRow): string =>
    options.by === 'coach' ? row.coachId : row.municipalityId;
  const unitOfPost = (post: PostRow): string | null =>
    options.by === 'coach' ? post.coachId : post.municipalityId;
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
  const relevant = enrollments.filter((row) => isActiveDuring(row, options.range));
  for (const row of relevant) units.add(unitOfEnrollment(row));
  const sortedUnits = [...units].sort();
  const points: CaseloadPoint[] = [];
  for (const month of P.months(options.range)) {
    const active = new Map<string, number>();
    let activeTotal = 0;
    for (const row of relevant) {
      if (!isActiveDuring(row, month)) continue;
      const unit = unitOfEnrollment(row);
      active.set(unit, (active.get(unit) ?? 0) + 1);
      activeTotal += 1;
    }
    let fteTotal = 0;
    const monthKey = month.start.slice(0, 7);
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
