import {
  Fte,
  LocalDate,
  type Municipality,
  type MunicipalityCode,
  type Goal,
  type GoalMetric,
  Money,
  type Post,
  type Project,
} from '@finsam-se/domain';
import { type MunicipalityEntity, type PostEntity, type ProjectEntity } from '../db/entities.js';
import { type RowOf } from '../db/row-of.js';
import { filter, resourceQueries } from '../db/resource-query.js';
import { day } from '../db/sql-dates.js';

export const municipalities = resourceQueries({
  from: 'FROM municipalities t',
  select: 't.association_id, t.id, t.code, t.name',
  map: (r: RowOf<MunicipalityEntity, 'associationId' | 'id' | 'code' | 'name'>): Municipality => ({
    associationId: r.association_id,
    id: r.id,
    code: r.code as MunicipalityCode,
    name: r.name,
  }),
  filters: {
    ids: filter.ids(),
    q: filter.search('t.name', 't.code'),
    code: filter.equals('t.code'),
  },
  sort: { name: 't.name', code: 't.code', id: 't.id' },
  defaultSort: 'name',
});

export const projects = resourceQueries({
  from: 'FROM projects t',
  select: `t.association_id, t.id, t.name, ${day('t.starts_on', 'starts_on')}, ${day('t.ends_on', 'ends_on')}, t.target_group, t.allocation_version, t.version,
    coalesce((SELECT json_agg(json_build_object('year', b.year, 'amount', b.amount_ore::text) ORDER BY b.year) FROM project_budgets b WHERE b.association_id = t.association_id AND b.project_id = t.id), '[]') AS budgets,
    coalesce((SELECT json_agg(json_build_object('metric', g.metric, 'target', g.target, 'start', g.starts_on, 'end', g.ends_on, 'description', g.description) ORDER BY g.metric) FROM goals g WHERE g.association_id = t.association_id AND g.project_id = t.id), '[]') AS goals`,
  map: (
    r: RowOf<
      ProjectEntity,
      | 'associationId'
      | 'id'
      | 'name'
      | 'startsOn'
      | 'endsOn'
      | 'targetGroup'
      | 'allocationVersion'
      | 'version'
    > & {
      budgets: { year: number; amount: string }[];
      goals: {
        metric: GoalMetric;
        target: number;
        start: string;
        end: string;
        description: string;
      }[];
    },
  ): Project & { readonly allocationVersion: number } => ({
    associationId: r.association_id,
    id: r.id,
    name: r.name,
    period: { start: LocalDate.from(r.starts_on), end: LocalDate.from(r.ends_on) },
    targetGroup: r.target_group,
    yearlyBudgets: r.budgets.map((b) => ({
      year: b.year,
      amount: Money.fromBigInt(BigInt(b.amount)),
    })),
    goals: r.goals.map((g): Goal => ({
      metric: g.metric,
      target: g.target,
      period: { start: LocalDate.from(g.start), end: LocalDate.from(g.end) },
      description: g.description,
    })),
    version: r.version,
    allocationVersion: r.allocation_version,
  }),
  filters: {
    ids: filter.ids(),
    q: filter.search('t.name'),
    activeOn: (p) => `t.starts_on <= ${p}::date AND ${p}::date < t.ends_on`,
  },
  sort: { name: 't.name', startsOn: 't.starts_on' },
  defaultSort: 'startsOn',
});

export const posts = resourceQueries({
  from: 'FROM posts t',
  select: `t.association_id, t.id, t.project_id, t.municipality_id, t.fte, ${day('lower(t.period)', 'starts_on')}, ${day('upper(t.period)', 'ends_on')}, t.reallocation_id`,
  map: (
    r: RowOf<
      PostEntity,
      'associationId' | 'id' | 'projectId' | 'municipalityId' | 'fte' | 'reallocationId'
    > & {
      /** The period's bounds (lower inclusive, upper exclusive) as dates. */
      starts_on: string;
      ends_on: string;
    },
  ): Post => ({
    associationId: r.association_id,
    id: r.id,
    projectId: r.project_id,
    municipalityId: r.municipality_id,
    fte: Fte.ofHundredths(r.fte),
    period: { start: LocalDate.from(r.starts_on), end: LocalDate.from(r.ends_on) },
    reallocationId: r.reallocation_id,
  }),
  filters: {
    ids: filter.ids(),
    projectId: filter.equals('t.project_id'),
    municipalityId: filter.equals('t.municipality_id'),
    activeOn: (p) => `t.period @> ${p}::date`,
  },
  sort: { startsOn: 'lower(t.period)', municipalityId: 't.municipality_id', fte: 't.fte' },
  defaultSort: 'startsOn',
});
