import type { ErrorCode } from './error-code.js';

/** Swedish first (the default), English where the panel or the client asks for it. */
export type Locale = 'sv' | 'en';

/**
 * One entry of the gateway's error catalogue: the GraphQL `extensions.code` class it is
 * sent under and its message in both languages. A message may name parameters in braces
 * (`{max}`); they are filled with values such as limits, never with personal data.
 */
export type CatalogueEntry = {
  readonly code: ErrorCode;
  readonly sv: string;
  readonly en: string;
};

/** The parameter names of a message template: `'Högst {max} av {total}.'` → `'max' | 'total'`. */
export type ParamsOf<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | ParamsOf<Rest>
  : never;

/** Values for a message's parameters: limits, counts, code lists; never personal data. */
export type ParamValues<S extends string> = Readonly<Record<ParamsOf<S>, string | number>>;

/** The template with each `{name}` replaced by its value (unknown names are left as they are). */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
