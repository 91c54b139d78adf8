import type { AssociationSpec } from './association-spec.js';
import { startFteOf } from './initial-fte.js';
import { femaleNames, maleNames, surnames } from './names.js';
import { type Rng, uuidFrom } from './prng.js';
import type { RowSink } from './row-sink.js';
import { demoMonthlySalaryOre, demoOnCostPercent } from './salary-schedule.js';

export type MunicipalityRow = { id: string; code: string; name: string; weight: number };

/** Coach ids per municipality id, for one project. */
export type CoachesByMunicipality = Map<string, string[]>;

/** Step `salary_settings`: the on-cost and standard salary of every year the data touches. */
export function writeSalarySettings(sink: RowSink, spec: AssociationSpec): void {
  const firstYear = Number(spec.projects[0]?.startsOn.slice(0, 4) ?? spec.dataUntil.slice(0, 4));
  const lastYear = Number(spec.dataUntil.slice(0, 4)) + 1;
  for (let year = firstYear; year <= lastYear; year += 1) {
    sink.add('salary_settings', {
      association_id: spec.id,
      year,
      on_cost_percent: demoOnCostPercent(year),
      standard_monthly_salary_ore: demoMonthlySalaryOre(year),
    });
  }
}

/**
 * Step `coaches`. Coaches are employed by their municipality for the project that funds them
 * (a fixed-term post on project money), at the salary of the year the project starts; a
 * continuation hires for its own posts at that year's salary, so each project's years cost
 * what its budget says (see salary-schedule.ts). Each contract is its own coach record.
 * Returns, per project in spec order, the coach ids per municipality.
 */
export function writeCoaches(
  rng: Rng,
  sink: RowSink,
  spec: AssociationSpec,
  municipalities: readonly MunicipalityRow[],
): CoachesByMunicipality[] {
  return spec.projects.map((project) => {
    const byMunicipality: CoachesByMunicipality = new Map();
    const startFte = startFteOf(project, municipalities);
    const salary = demoMonthlySalaryOre(Number(project.startsOn.slice(0, 4)));
    municipalities.forEach((m, index) => {
      // A municipality a project funds no post in has no coach of its own there (its
      // participants are coached from elsewhere in the project).
      if (project.initialFteByCode && (startFte[index] ?? 0) === 0) return;
      const fte = Math.max(100, startFte[index] ?? 0);
      const count = Math.min(4, Math.max(1, Math.ceil(fte / 100)));
      const ids: string[] = [];
      for (let c = 0; c < count; c += 1) {
        const id = uuidFrom(rng);
        ids.push(id);
        const female = rng.chance(0.6);
        sink.add('coaches', {
          association_id: spec.id,
          id,
          name: `${rng.pick(female ? femaleNames : maleNames)} ${rng.pick(surnames)}`,
          municipality_id: m.id,
          fte: Math.min(100, Math.round(fte / count)),
          employed_from: project.startsOn,
          employed_until: project.endsOn,
          monthly_salary_ore: salary,
        });
      }
      byMunicipality.set(m.id, ids);
    });
    return byMunicipality;
  });
}
