import { LocalDate } from '@finsam-se/domain';
import { splitIntoPosts } from '../organisation/split-into-posts.js';
import type { ProjectSpec } from './association-spec.js';
import { startFteOf } from './initial-fte.js';
import { type Rng, uuidFrom } from './prng.js';
import type { RowSink } from './row-sink.js';
import type { MunicipalityRow } from './write-staff.js';

/**
 * Steps `reallocations`, `reallocation_lines` and `posts` of one project: the FTE per
 * municipality at its start, each recorded reallocation (decided 20 days before it applies)
 * closing the two municipalities' posts and opening new ones, and every post closed at the
 * project's end. Posts, decisions and lines draw ids from one stream in this order.
 */
export function writeAllocationHistory(
  rng: Rng,
  sink: RowSink,
  context: {
    readonly associationId: string;
    readonly projectId: string;
    readonly project: ProjectSpec;
    readonly municipalities: readonly MunicipalityRow[];
    readonly decidedBy: string;
  },
): void {
  const { associationId: a, projectId, project, municipalities } = context;
  const projectStart = startFteOf(project, municipalities);
  const fte = new Map(municipalities.map((m, index) => [m.id, projectStart[index] ?? 100]));
  const openSince = new Map(
    municipalities.map((m) => [m.id, { from: project.startsOn, by: null as string | null }]),
  );
  const close = (municipalityId: string, until: string) => {
    const open = openSince.get(municipalityId) ?? { from: project.startsOn, by: null };
    splitIntoPosts(fte.get(municipalityId) ?? 0).forEach((share, index) =>
      sink.add('posts', {
        association_id: a,
        id: uuidFrom(rng),
        project_id: projectId,
        municipality_id: municipalityId,
        slot: index + 1,
        fte: share,
        period: `[${open.from},${until})`,
        reallocation_id: open.by,
      }),
    );
  };
  project.reallocations.forEach((change, index) => {
    const fromM = municipalities.find((m) => m.code === change.fromCode);
    const toM = municipalities.find((m) => m.code === change.toCode);
    if (!fromM || !toM) throw new RangeError('reallocation names an unknown municipality');
    const reallocationId = uuidFrom(rng);
    const decidedOn = LocalDate.addDays(LocalDate.from(change.effectiveFrom), -20);
    sink.add('reallocations', {
      association_id: a,
      id: reallocationId,
      project_id: projectId,
      effective_from: change.effectiveFrom,
      reason: change.reason,
      method: 'webster',
      decided_by: context.decidedBy,
      decided_at: `${decidedOn}T14:00:00Z`,
      based_on_version: index + 1,
      idempotency_key: `seed-${reallocationId}`,
    });
    for (const [m, delta] of [
      [fromM, -change.hundredths],
      [toM, change.hundredths],
    ] as const) {
      const before = fte.get(m.id) ?? 0;
      close(m.id, change.effectiveFrom);
      fte.set(m.id, before + delta);
      openSince.set(m.id, { from: change.effectiveFrom, by: reallocationId });
      sink.add('reallocation_lines', {
        association_id: a,
        reallocation_id: reallocationId,
        municipality_id: m.id,
        fte_before: before,
        fte_after: before + delta,
      });
    }
  });
  for (const m of municipalities) close(m.id, project.endsOn);
}
