import { coaches, municipalities, posts, projects } from '@finsam-se/persistence';
import { CoachType } from '../coach/coach.type.js';
import { MunicipalityType, PostType, ProjectType } from '../organisation/organisation.type.js';
import { defineResource } from './define-resource.js';

/**
 * The resources declared once (define-resource.ts): each gives its list, count and single
 * read, its filter input and its sort whitelist. Other modules declare theirs beside their
 * resolver (employer.resolver.ts).
 */
export const municipalityResource = defineResource({
  name: 'Municipality',
  plural: 'Municipalities',
  type: MunicipalityType,
  filters: { ids: 'ids', q: 'text', code: 'text' },
  repository: municipalities,
  action: 'municipality.read',
  defaultPerPage: 100,
  load: (ctx, id) => ctx.loaders.municipality.load(id),
  toType: MunicipalityType.from,
});

export const projectResource = defineResource({
  name: 'Project',
  plural: 'Projects',
  type: ProjectType,
  filters: { ids: 'ids', q: 'text', activeOn: 'date' },
  repository: projects,
  action: 'project.read',
  load: (ctx, id) => ctx.loaders.project.load(id),
  toType: ProjectType.from,
});

export const postResource = defineResource({
  name: 'Post',
  plural: 'Posts',
  type: PostType,
  filters: { ids: 'ids', projectId: 'id', municipalityId: 'id', activeOn: 'date' },
  repository: posts,
  action: 'post.read',
  toType: PostType.from,
});

export const coachResource = defineResource({
  name: 'Coach',
  plural: 'Coaches',
  type: CoachType,
  filters: { ids: 'ids', q: 'text', municipalityId: 'id' },
  repository: coaches,
  action: 'coach.read',
  load: (ctx, id) => ctx.loaders.coach.load(id),
  toType: CoachType.from,
});
