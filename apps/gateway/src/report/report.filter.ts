import { type Gender, LocalDate, type Period } from '@finsam-se/domain';
import { type AgeBand, ageBands } from '@finsam-se/reporting';
import { badInput } from '../errors/error-codes.js';
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
  if (to <= from)
    throw badInput(
      'filter.to',
      'Slutdatumet ska ligga efter startdatumet (perioden är halvöppen: slutdagen ingår inte).',
      'PERIOD.EMPTY',
    );
  if (to > LocalDate.addMonths(from, 12 * MAX_REPORT_YEARS))
    throw badInput(
      'filter.to',
      `En rapport kan omfatta högst ${MAX_REPORT_YEARS} år.`,
      'PERIOD.TOO_LONG',
    );
  const projectId = filter.projectId ? input.uuid('filter.projectId', filter.projectId) : undefined;
  const municipalityId = filter.municipalityId
    ? input.uuid('filter.municipalityId', filter.municipalityId)
    : undefined;
  if (filter.gender && !capabilities.gender)
    throw badInput('filter.gender', 'Rapporten kan inte delas upp på kön.', 'REPORT.FILTER');
  let ageBand: AgeBand | undefined;
  if (filter.ageBand) {
    if (!capabilities.ageBand)
      throw badInput(
        'filter.ageBand',
        'Rapporten kan inte delas upp på åldersgrupp.',
        'REPORT.FILTER',
      );
    if (!isAgeBand(filter.ageBand))
      throw badInput(
        'filter.ageBand',
        `Åldersgruppen ska vara en av ${ageBands.join(', ')}.`,
        'REPORT.AGE_BAND',
      );
    ageBand = filter.ageBand;
  }
  let groupBy: string | undefined = capabilities.groupBy[0];
  if (filter.groupBy) {
    if (!capabilities.groupBy.includes(filter.groupBy))
      throw badInput(
        'filter.groupBy',
        capabilities.groupBy.length === 0
          ? 'Rapporten har ingen gruppering.'
          : `Gruppering ska vara en av ${capabilities.groupBy.join(', ')}.`,
        'REPORT.GROUP_BY',
      );
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
