// Swedish organisationsnummer as the gateway stores it: NNNNNN-NNNN.
export const ORGANISATION_NUMBER = /^\d{6}-\d{4}$/;

/** Trims and inserts the hyphen in ten bare digits; anything else is returned trimmed. */
export function normaliseOrganisationNumber(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return null;
  return /^\d{10}$/.test(trimmed) ? `${trimmed.slice(0, 6)}-${trimmed.slice(6)}` : trimmed;
}

/** react-admin validator: empty is allowed (the number is optional). */
export function validateOrganisationNumber(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return typeof value === 'string' && ORGANISATION_NUMBER.test(value)
    ? undefined
    : 'app.validation.organisationNumber';
}
