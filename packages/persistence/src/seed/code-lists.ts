import { codeLists } from '@finsam-se/domain';

type Query = (sql: string, params: readonly unknown[]) => Promise<unknown>;

/** Loads the domain's versioned code lists as reference rows (idempotent). */
export async function writeCodeLists(query: Query): Promise<void> {
  for (const list of codeLists) {
    for (const entry of list.entries) {
      await query(
        `INSERT INTO code_list_entries (list_id, version, code, label_sv, label_en, valid_from, valid_until, outcome, public_support, exclusive)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
        [
          list.id,
          list.version,
          entry.code,
          entry.label.sv,
          entry.label.en,
          entry.validFrom,
          entry.validUntil,
          entry.outcome ?? null,
          entry.publicSupport ?? null,
          entry.exclusive ?? false,
        ],
      );
    }
  }
}
