import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN_SNAPSHOT, adminSnapshot } from './policy-admin-snapshot.js';
import { POLICY_DOCUMENTS, withPolicyTable } from './policy-markdown.js';

// `npm run docs:policy`: writes the access policy into the docs between their markers, and
// the admin's generated copy of the action names.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
for (const document of POLICY_DOCUMENTS) {
  const file = path.join(root, document);
  const updated = withPolicyTable(readFileSync(file, 'utf8'));
  if (updated === null) throw new Error(`${document}: the policy-table markers are missing`);
  writeFileSync(file, updated);
  process.stdout.write(`Wrote the access policy into ${document}\n`);
}
writeFileSync(path.join(root, ADMIN_SNAPSHOT), adminSnapshot());
process.stdout.write(`Wrote the policy's action names into ${ADMIN_SNAPSHOT}\n`);
