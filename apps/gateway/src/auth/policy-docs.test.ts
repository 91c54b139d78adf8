import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADMIN_SNAPSHOT, adminSnapshot } from './policy-admin-snapshot.js';
import { POLICY_DOCUMENTS, withPolicyTable } from './policy-markdown.js';

const root = new URL('../../../../', import.meta.url);

describe('the docs print the access policy as the code decides it', () => {
  for (const document of POLICY_DOCUMENTS) {
    it(`${document} holds the generated table (run npm run docs:policy -w @finsam-se/gateway)`, () => {
      const text = readFileSync(fileURLToPath(new URL(document, root)), 'utf8');
      expect(withPolicyTable(text)).toBe(text);
    });
  }
  it(`${ADMIN_SNAPSHOT} is the admin's copy of the table (run npm run docs:policy -w @finsam-se/gateway)`, () => {
    const text = readFileSync(fileURLToPath(new URL(ADMIN_SNAPSHOT, root)), 'utf8');
    expect(text).toBe(adminSnapshot());
  });
});
