import { type PasswordProblem, passwordMessages } from '../auth/password-policy.js';
import { adminErrors } from './admin-errors.js';
import {
  type CatalogueEntry,
  type Locale,
  type ParamsOf,
  fillTemplate,
} from './catalogue-entry.js';
import type { ErrorCode } from './error-code.js';
import { generalErrors } from './gateway-errors.js';
import { httpErrors } from './http-errors.js';
import { domainErrors, fundingErrors, importErrors, reportingErrors } from './pure-errors.js';
import { workErrors } from './work-errors.js';

const passwordErrors = Object.fromEntries(
  Object.entries(passwordMessages).map(([code, { sv, en }]) => [
    code,
    { code: 'BAD_USER_INPUT', sv, en } satisfies CatalogueEntry,
  ]),
) as { readonly [C in PasswordProblem]: CatalogueEntry };

/** The gateway's own failures, their text typed literally so parameters are checked. */
const gatewayErrors = { ...generalErrors, ...workErrors, ...adminErrors, ...httpErrors };

/** Every failure the gateway can send, by its stable `reason`, from one place. */
export const errorCatalogue = {
  ...gatewayErrors,
  ...passwordErrors,
  ...domainErrors,
  ...importErrors,
  ...fundingErrors,
  ...reportingErrors,
} as const;

/** The closed set of reasons (`extensions.reason`; the general ones are the code itself). */
export type ErrorReason = keyof typeof errorCatalogue;

/** The parameter names a reason's message takes (none for most). */
export type ReasonParams<R extends ErrorReason> = R extends keyof typeof gatewayErrors
  ? ParamsOf<(typeof gatewayErrors)[R]['sv']> | ParamsOf<(typeof gatewayErrors)[R]['en']>
  : never;

/** The parts of the catalogue, for the test that no reason is defined twice. */
export const catalogueParts: Readonly<Record<string, Readonly<Record<string, CatalogueEntry>>>> = {
  general: generalErrors,
  work: workErrors,
  admin: adminErrors,
  http: httpErrors,
  password: passwordErrors,
  domain: domainErrors,
  import: importErrors,
  funding: fundingErrors,
  reporting: reportingErrors,
};

export function isErrorReason(reason: string): reason is ErrorReason {
  return Object.hasOwn(errorCatalogue, reason);
}

/** The `extensions.code` class a reason is sent under. */
export function classOf(reason: ErrorReason): ErrorCode {
  return (errorCatalogue[reason] as CatalogueEntry).code;
}

/** The message of a reason in a language, its parameters filled in. */
export function messageOf(
  reason: ErrorReason,
  locale: Locale,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return fillTemplate((errorCatalogue[reason] as CatalogueEntry)[locale], params);
}
