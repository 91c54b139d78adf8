import { type Employer } from '@finsam-se/domain';
import { type EmployerEntity } from '../db/entities.js';
import { type RowOf } from '../db/row-of.js';
import { filter, resourceQueries } from '../db/resource-query.js';
import { PersistenceError } from '../db/database-error.js';
import { type TenantTx } from '../db/database.js';
import { insertOne } from '../db/insert-one.js';

export const employers = resourceQueries({
  from: 'FROM employers t',
  select: 't.association_id, t.id, t.name, t.organisation_number, t.municipality_id',
  map: (
    r: RowOf<
      EmployerEntity,
      'associationId' | 'id' | 'name' | 'organisationNumber' | 'municipalityId'
    >,
  ): Employer => ({
    associationId: r.association_id,
    id: r.id,
    name: r.name,
    organisationNumber: r.organisation_number,
    municipalityId: r.municipality_id,
  }),
  filters: {
    ids: filter.ids(),
    q: filter.search('t.name'),
    municipalityId: filter.equals('t.municipality_id'),
  },
  sort: { name: 't.name', municipalityId: 't.municipality_id' },
  defaultSort: 'name',
});

/** The employer module's writes. */
export const employerWrites = {
  createEmployer(
    tx: TenantTx,
    input: { name: string; organisationNumber: string | null; municipalityId: string | null },
  ): Promise<string> {
    return insertOne(
      tx,
      `INSERT INTO employers (association_id, name, organisation_number, municipality_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [tx.associationId, input.name, input.organisationNumber, input.municipalityId],
    );
  },
  async updateEmployer(
    tx: TenantTx,
    id: string,
    input: { name?: string; organisationNumber?: string | null; municipalityId?: string | null },
  ): Promise<void> {
    const rows = await tx.query(
      `UPDATE employers SET name = coalesce($3, name),
         organisation_number = CASE WHEN $5 THEN $4 ELSE organisation_number END,
         municipality_id = CASE WHEN $7 THEN $6::uuid ELSE municipality_id END
       WHERE association_id = $1 AND id = $2 RETURNING id`,
      [
        tx.associationId,
        id,
        input.name ?? null,
        input.organisationNumber ?? null,
        input.organisationNumber !== undefined,
        input.municipalityId ?? null,
        input.municipalityId !== undefined,
      ],
    );
    if (rows.length === 0) throw new PersistenceError('NOT_FOUND', 'No such employer');
  },
  async deleteEmployer(tx: TenantTx, id: string): Promise<void> {
    const rows = await tx.query(
      `DELETE FROM employers WHERE association_id = $1 AND id = $2 RETURNING id`,
      [tx.associationId, id],
    );
    if (rows.length === 0) throw new PersistenceError('NOT_FOUND', 'No such employer');
  },
};
