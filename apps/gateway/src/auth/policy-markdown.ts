import { roles, type Role } from '@finsam-se/domain';
import { ACTIONS, type Action, scopeOf } from './policy-table.js';

/** The roles as docs/glossary.md names them. */
export const ROLE_NAMES_SV: Readonly<Record<Role, string>> = {
  board: 'Styrelse',
  steering: 'Beredningsgrupp',
  manager: 'Förbundschef',
  municipal_chief: 'Kommunchef',
  coach: 'Jobbcoach',
  referrer: 'Handläggare',
  external: 'Extern',
};

export const POLICY_TABLE_START = '<!-- policy-table:start -->';
export const POLICY_TABLE_END = '<!-- policy-table:end -->';

const cell = (action: Action, role: Role): string => {
  const scope = scopeOf(role, action);
  return scope === 'none' ? '—' : `\`${scope}\``;
};

/** A Markdown table padded the way Prettier pads one, so `prettier --check` leaves it be. */
function alignedTable(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(3, ...rows.map((row) => [...(row[column] ?? '')].length)),
  );
  const line = (row: readonly string[]) =>
    `| ${row.map((text, column) => text.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head ?? []), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)];
}

/** The policy as Markdown: one row per action, one column per role, the scope in each cell. */
export function policyMarkdown(): string {
  const header = [
    'Åtgärd (action)',
    ...roles.map((role) => `${ROLE_NAMES_SV[role]} (\`${role}\`)`),
  ];
  const rows = ACTIONS.map((action) => [
    `\`${action}\``,
    ...roles.map((role) => cell(action, role)),
  ]);
  return [
    POLICY_TABLE_START,
    '',
    '<!-- Generated from apps/gateway/src/auth/policy-table.ts by `npm run docs:policy -w @finsam-se/gateway`; do not edit by hand. -->',
    '',
    ...alignedTable([header, ...rows]),
    '',
    '`—` refused (`FORBIDDEN`); `own` own people or referrals; `municipality` the user’s municipality; `association` the whole association; `aggregates` published figures only, protected against disclosure.',
    '',
    POLICY_TABLE_END,
  ].join('\n');
}

/** The document with its generated section replaced (null if the markers are missing). */
export function withPolicyTable(document: string): string | null {
  const start = document.indexOf(POLICY_TABLE_START);
  const end = document.indexOf(POLICY_TABLE_END);
  if (start < 0 || end < start) return null;
  return (
    document.slice(0, start) + policyMarkdown() + document.slice(end + POLICY_TABLE_END.length)
  );
}

/** The documents that carry the table, relative to the repository root. */
export const POLICY_DOCUMENTS = ['docs/api.md', 'docs/personal-data.md'] as const;
