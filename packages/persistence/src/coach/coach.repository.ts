import { type Coach, Fte, type LocalDate } from '@finsam-se/domain';
import { type CoachEntity } from '../db/entities.js';
import { type RowOf } from '../db/row-of.js';
import { filter, resourceQueries } from '../db/resource-query.js';
import { PersistenceError } from '../db/database-error.js';
import { type TenantTx } from '../db/database.js';
import { date, day, requiredDate } from '../db/sql-dates.js';
import { insertOne } from '../db/insert-one.js';

export type CoachView = Coach & {
  readonly activeParticipants: number;
  readonly monthlySalary: number;
};

export const coaches = resourceQueries({
  from: `FROM coaches t`,
  select: `t.association_id, t.id, t.name, t.municipality_id, t.fte, ${day('t.employed_from', 'employed_from')},
    ${day('t.employed_until', 'employed_until')}, t.monthly_salary_ore, t.version,
    (SELECT count(*)::int FROM enrollments e WHERE e.association_id = t.association_id AND e.coach_id = t.id AND e.discharged_on IS NULL) AS active`,
  map: (
    r: RowOf<
      CoachEntity,
      | 'associationId'
      | 'id'
      | 'name'
      | 'municipalityId'
      | 'fte'
      | 'employedFrom'
      | 'employedUntil'
      | 'monthlySalaryOre'
      | 'version'
    > & { active: number },
  ): CoachView => ({
    associationId: r.association_id,
    id: r.id,
    name: r.name,
    municipalityId: r.municipality_id,
    fte: Fte.ofHundredths(r.fte),
    employedFrom: requiredDate(r.employed_from),
    employedUntil: date(r.employed_until),
    activeParticipants: r.active,
    monthlySalary: Number(r.monthly_salary_ore),
  }),
  filters: {
    ids: filter.ids(),
    q: filter.search('t.name'),
    municipalityId: filter.equals('t.municipality_id'),
  },
  sort: {
    name: 't.name',
    fte: 't.fte',
    employedFrom: 't.employed_from',
    municipalityId: 't.municipality_id',
    activeParticipants: 'active',
  },
  defaultSort: 'name',
});

/** The coach module's writes. */
export const coachWrites = {
  createCoach(
    tx: TenantTx,
    input: {
      name: string;
      municipalityId: string;
      fte: number;
      employedFrom: LocalDate;
      employedUntil: LocalDate | null;
      monthlySalary: number;
    },
  ): Promise<string> {
    return insertOne(
      tx,
      `INSERT INTO coaches (association_id, name, municipality_id, fte, employed_from, employed_until, monthly_salary_ore)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        tx.associationId,
        input.name,
        input.municipalityId,
        input.fte,
        input.employedFrom,
        input.employedUntil,
        input.monthlySalary,
      ],
    );
  },
  async updateCoach(
    tx: TenantTx,
    id: string,
    input: {
      name?: string;
      municipalityId?: string;
      fte?: number;
      employedUntil?: LocalDate | null;
    },
  ): Promise<void> {
    const rows = await tx.query(
      `UPDATE coaches SET name = coalesce($3, name), municipality_id = coalesce($4, municipality_id), fte = coalesce($5, fte),
         employed_until = CASE WHEN $7 THEN $6::date ELSE employed_until END, version = version + 1
       WHERE association_id = $1 AND id = $2 RETURNING id`,
      [
        tx.associationId,
        id,
        input.name ?? null,
        input.municipalityId ?? null,
        input.fte ?? null,
        input.employedUntil ?? null,
        input.employedUntil !== undefined,
      ],
    );
    if (rows.length === 0) throw new PersistenceError('NOT_FOUND', 'No such coach');
  },
};
