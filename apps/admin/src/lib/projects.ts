// Picking the project a screen opens with: the first one running today, else the first.
export interface ProjectLike {
  id: string | number;
  name?: string;
  startsOn?: string | null;
  endsOn?: string | null;
}

export function isRunningOn(project: ProjectLike, day: string): boolean {
  const started = !project.startsOn || project.startsOn <= day;
  const notEnded = !project.endsOn || day < project.endsOn;
  return started && notEnded;
}

export function defaultProjectId(projects: readonly ProjectLike[], day: string): string | null {
  const running = projects.find((p) => isRunningOn(p, day));
  const chosen = running ?? projects[0];
  return chosen ? String(chosen.id) : null;
}
