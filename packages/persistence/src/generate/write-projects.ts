import { LocalDate, Period } from '@finsam-se/domain';
import type { AssociationSpec, ProjectSpec } from './association-spec.js';
import { type Rng, uuidFrom } from './prng.js';
import type { RowSink } from './row-sink.js';
import { writeAllocationHistory } from './write-allocation-history.js';
import type { CoachesByMunicipality, MunicipalityRow } from './write-staff.js';

/** A written project as the participants' paths meet it. */
export type WrittenProject = {
  id: string;
  period: Period;
  spec: ProjectSpec;
  coaches: ReadonlyMap<string, readonly string[]>;
};

/**
 * Steps `projects`, `project_budgets` and `goals`, then each project's allocation history
 * (posts and reallocations), project by project in the random stream's order.
 */
export function writeProjects(
  rng: Rng,
  sink: RowSink,
  spec: AssociationSpec,
  context: {
    readonly municipalities: readonly MunicipalityRow[];
    readonly coachesByProject: readonly CoachesByMunicipality[];
    readonly manager: string;
  },
): WrittenProject[] {
  return spec.projects.map((project, index) => {
    const id = uuidFrom(rng);
    const period = Period.of(LocalDate.from(project.startsOn), LocalDate.from(project.endsOn));
    sink.add('projects', {
      association_id: spec.id,
      id,
      name: project.name,
      starts_on: project.startsOn,
      ends_on: project.endsOn,
      target_group: project.targetGroup,
      allocation_version: 1 + project.reallocations.length,
    });
    writeBudgets(sink, spec.id, id, project);
    writeGoals(rng, sink, spec.id, id, project);
    writeAllocationHistory(rng, sink, {
      associationId: spec.id,
      projectId: id,
      project,
      municipalities: context.municipalities,
      decidedBy: context.manager,
    });
    return { id, period, spec: project, coaches: context.coachesByProject[index] ?? new Map() };
  });
}

/** Step `project_budgets`: one per calendar year the project touches (an end on 1 January adds none). */
function writeBudgets(
  sink: RowSink,
  associationId: string,
  projectId: string,
  project: ProjectSpec,
) {
  const firstYear = Number(project.startsOn.slice(0, 4));
  const endYear = Number(project.endsOn.slice(0, 4)) + (project.endsOn.endsWith('-01-01') ? 0 : 1);
  for (let year = firstYear; year < endYear; year += 1) {
    sink.add('project_budgets', {
      association_id: associationId,
      project_id: projectId,
      year,
      amount_ore: project.budgetByYearOre?.[year] ?? project.budgetPerYearOre,
    });
  }
}

/** Step `goals`: each project carries the goals its own description states, and no other. */
function writeGoals(
  rng: Rng,
  sink: RowSink,
  associationId: string,
  projectId: string,
  project: ProjectSpec,
) {
  for (const goal of project.goals) {
    sink.add('goals', {
      association_id: associationId,
      id: uuidFrom(rng),
      project_id: projectId,
      metric: goal.metric,
      target: goal.targetBasisPoints,
      starts_on: project.startsOn,
      ends_on: project.endsOn,
      description: goal.description,
    });
  }
}
