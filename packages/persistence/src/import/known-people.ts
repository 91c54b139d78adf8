import { type KnownEmployer, type KnownPerson, LocalDate } from '@finsam-se/domain';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import type { TenantTx } from '../db/database.js';

/**
 * The registered people among these personnummer, by personnummer, with their
 * enrollments: what a referral or placement row is written against. One statement.
 */
export async function knownPeople(
  tx: TenantTx,
  pii: PiiCipher,
  personnummer: readonly string[],
): Promise<Map<string, KnownPerson>> {
  const hashOf = new Map([...new Set(personnummer)].map((p) => [pii.hash(p).toString('hex'), p]));
  const rows = await tx.query<{
    id: string;
    hash: string;
    enrollments: { id: string; project_id: string; enrolled_on: string }[];
  }>(
    `SELECT p.id, encode(p.personnummer_hash, 'hex') AS hash,
       coalesce(jsonb_agg(jsonb_build_object('id', e.id, 'project_id', e.project_id, 'enrolled_on', e.enrolled_on))
         FILTER (WHERE e.id IS NOT NULL), '[]'::jsonb) AS enrollments
     FROM participants p LEFT JOIN enrollments e ON e.association_id = p.association_id AND e.participant_id = p.id
     WHERE p.association_id = $1 AND p.personnummer_hash = ANY(SELECT decode(h, 'hex') FROM unnest($2::text[]) AS h)
     GROUP BY p.id, p.personnummer_hash`,
    [tx.associationId, [...hashOf.keys()]],
  );
  return new Map(
    rows.map((r) => [
      hashOf.get(r.hash) ?? '',
      {
        participantId: r.id,
        enrollments: r.enrollments.map((e) => ({
          id: e.id,
          projectId: e.project_id,
          enrolledOn: LocalDate.from(e.enrolled_on),
        })),
      },
    ]),
  );
}

/** The association's employers (a few hundred at most), to find a row's employer in. */
export async function knownEmployers(tx: TenantTx): Promise<KnownEmployer[]> {
  const rows = await tx.query<{ id: string; name: string; organisation_number: string | null }>(
    `SELECT id, name, organisation_number FROM employers WHERE association_id = $1 ORDER BY name, id`,
    [tx.associationId],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    organisationNumber: r.organisation_number,
  }));
}
