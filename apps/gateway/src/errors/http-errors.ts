import type { CatalogueEntry } from './catalogue-entry.js';

/**
 * The plain-HTTP routes' own failures (downloads and uploads beside GraphQL: the Excel
 * exports, the board's PDFs, the import): a path that names nothing, the wrong method, a
 * query string that cannot be read, a body past its limit.
 */
export const httpErrors = {
  'HTTP.NOT_FOUND': {
    code: 'NOT_FOUND',
    sv: 'Sidan finns inte.',
    en: 'The page does not exist.',
  },
  'HTTP.METHOD': {
    code: 'BAD_USER_INPUT',
    sv: 'Använd {method}.',
    en: 'Use {method}.',
  },
  'HTTP.FILTER_JSON': {
    code: 'BAD_USER_INPUT',
    sv: 'Filtret ska vara JSON.',
    en: 'The filter must be JSON.',
  },
  'HTTP.TOO_LARGE': {
    code: 'BAD_USER_INPUT',
    sv: 'Filen är för stor.',
    en: 'The file is too large.',
  },
} as const satisfies Record<string, CatalogueEntry>;
