import { type Gender, LocalDate, type Period } from '@finsam-se/domain';
import { type AgeBand, ageBands } from '@finsam-se/reporting';
import { refuse } from '../errors/refuse.js';
import type { ReportFilterInput } from './report.type.js';
import { input } from '../shared/input.js';

/** The longest period a report may span. */
export const MAX_REPORT_YEARS = 10;

/** What a report supports beyond the period: which filters and which groupings. */
export type ReportCapabilities = {
  readonly gender: boolean;
  readonly ageBand: boolean;
  /** Allowed groupBy values, the first being the default; empty when there is none. */
  readonly groupBy: readonly string[];
};

/** A validated report filter. */
export type ReportQuery = {
  readonly projectId?: string;
  readonly period: Period;
  readonly municipalityId?: string;
  readonly gender?: Gender;
  readonly ageBand?: AgeBand;
  /** Always one of the report's groupings (its default when not given), or undefined. */
  readonly groupBy?: string;
};

const isAgeBand = (value: string): value is AgeBand =>
  (ageBands as readonly string[]).includes(value);

/**
 * Validates a report filter at the edge: dates, `to` after `from` (half-open), at most
 * ten years, ids, age band and grouping against what the report supports. Every failure
 * is BAD_USER_INPUT naming the field.
 */
export function parseReportFilter(
  filter: ReportFilterInput,
  capabilities: ReportCapabilities,
): ReportQuery {
  const from = input.date('filter.from', filter.from);
  const to = input.date('filter.to', filter.to);
  if (to <= from) throw refuse('REPORT.PERIOD_EMPTY', { field: 'filter.to' });
  if (to > LocalDate.addMonths(from, 12 * MAX_REPORT_YEARS))
    throw refuse('PERIOD.TOO_LONG', { field: 'filter.to', params: { years: MAX_REPORT_YEARS } });
  const projectId = filter.projectId ? input.uuid('filter.projectId', filter.projectId) : undefined;
  const municipalityId = filter.municipalityId
    ? input.uuid('filter.municipalityId', filter.municipalityId)
    : undefined;
  if (filter.gender && !capabilities.gender)
    throw refuse('REPORT.FILTER_GENDER', { field: 'filter.gender' });
  let ageBand: AgeBand | undefined;
  if (filter.ageBand) {
    if (!capabilities.ageBand) throw refuse('REPORT.FILTER_AGE_BAND', { field: 'filter.ageBand' });
    if (!isAgeBand(filter.ageBand))
      throw refuse('REPORT.AGE_BAND', {
        field: 'filter.ageBand',
        params: { allowed: ageBands.join(', ') },
      });
    ageBand = filter.ageBand;
  }
  let groupBy: string | undefined = capabilities.groupBy[0];
  if (filter.groupBy) {
    if (!capabilities.groupBy.includes(filter.groupBy))
      throw capabilities.groupBy.length === 0
        ? refuse('REPORT.NO_GROUP_BY', { field: 'filter.groupBy' })
        : refuse('REPORT.GROUP_BY', {
            field: 'filter.groupBy',
            params: { allowed: capabilities.groupBy.join(', ') },
          });
    groupBy = filter.groupBy;
  }
  return {
    period: { start: from, end: to },
    ...(projectId === undefined ? {} : { projectId }),
    ...(municipalityId === undefined ? {} : { municipalityId }),
    ...(filter.gender ? { gender: filter.gender } : {}),
    ...(ageBand === undefined ? {} : { ageBand }),
    ...(groupBy === undefined ? {} : { groupBy }),
  };
}
