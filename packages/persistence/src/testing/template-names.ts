import { randomBytes } from 'node:crypto';

// Template databases are named after the run that made them: a prefix, the UTC minute
// the run started, a random part and what they hold. Two clones or two runs on one server
// never share a name, and a run can tell from the name alone which templates a crashed
// run left behind (PostgreSQL keeps no creation time for a database).

/** What a template holds: the migrated schema only, or the demo association on top. */
export type TemplateKind = 'migrated' | 'demo';

const PREFIX = 'finsam_tpl_';
const NAME = /^finsam_tpl_(\d{12})_[0-9a-f]{8}_(migrated|demo)$/;

/** A template left by a run older than this is stale: no test run lasts a day. */
export const STALE_TEMPLATE_AGE_MS = 24 * 60 * 60 * 1000;

/** `LIKE` pattern matching every template name (underscores escaped). */
export const TEMPLATE_NAME_PATTERN = `${PREFIX.replaceAll('_', '\\_')}%`;

const minuteStamp = (at: Date): string => at.toISOString().replace(/\D/g, '').slice(0, 12);

/** A run's prefix: one per test run, shared by its templates. */
export function templateRunPrefix(startedAt: Date): string {
  return `${PREFIX}${minuteStamp(startedAt)}_${randomBytes(4).toString('hex')}`;
}

export function templateName(runPrefix: string, kind: TemplateKind): string {
  return `${runPrefix}_${kind}`;
}

/** When the run that made `name` started, or undefined for a name that is not a template's. */
export function templateStartedAt(name: string): Date | undefined {
  const stamp = NAME.exec(name)?.[1];
  if (!stamp) return undefined;
  const at = new Date(
    `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(8, 10)}:${stamp.slice(10, 12)}:00Z`,
  );
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/** The names among `names` that are templates of runs started more than a day before `now`. */
export function staleTemplates(names: readonly string[], now: Date): string[] {
  return names.filter((name) => {
    const startedAt = templateStartedAt(name);
    return startedAt !== undefined && now.getTime() - startedAt.getTime() > STALE_TEMPLATE_AGE_MS;
  });
}
