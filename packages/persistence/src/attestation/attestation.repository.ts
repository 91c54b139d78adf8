import { type Attestation, type HalfYear, type LocalDate } from '@finsam-se/domain';
import { type AttestationEntity } from '../db/entities.js';
import { type RowOf } from '../db/row-of.js';
import { filter, resourceQueries } from '../db/resource-query.js';
import { type TenantTx } from '../db/database.js';
import { day, requiredDate } from '../db/sql-dates.js';
import { insertOne } from '../db/insert-one.js';

export const attestations = resourceQueries({
  from: 'FROM attestations t',
  select: `t.association_id, t.id, t.municipality_id, t.project_id, t.half_year, t.signed_by, ${day('t.signed_on', 'signed_on')}, t.statement`,
  map: (
    r: RowOf<
      AttestationEntity,
      | 'associationId'
      | 'id'
      | 'municipalityId'
      | 'projectId'
      | 'halfYear'
      | 'signedBy'
      | 'signedOn'
      | 'statement'
    >,
  ): Attestation => ({
    associationId: r.association_id,
    id: r.id,
    municipalityId: r.municipality_id,
    projectId: r.project_id,
    halfYear: r.half_year as HalfYear,
    signedBy: r.signed_by,
    signedOn: requiredDate(r.signed_on),
    statement: r.statement,
  }),
  filters: {
    ids: filter.ids(),
    municipalityId: filter.equals('t.municipality_id'),
    projectId: filter.equals('t.project_id'),
    halfYear: filter.equals('t.half_year'),
  },
  sort: { halfYear: 't.half_year', signedOn: 't.signed_on', municipalityId: 't.municipality_id' },
  defaultSort: 'halfYear',
});

/** The attestation module's writes. */
export const attestationWrites = {
  createAttestation(
    tx: TenantTx,
    input: {
      municipalityId: string;
      projectId: string;
      halfYear: string;
      signedBy: string;
      signedOn: LocalDate;
      statement: string;
    },
  ): Promise<string> {
    return insertOne(
      tx,
      `INSERT INTO attestations (association_id, municipality_id, project_id, half_year, signed_by, signed_on, statement)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        tx.associationId,
        input.municipalityId,
        input.projectId,
        input.halfYear,
        input.signedBy,
        input.signedOn,
        input.statement,
      ],
    );
  },
};
