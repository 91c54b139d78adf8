import { GraphQLScalarType, Kind } from 'graphql';
import { GraphQLUUID } from 'graphql-scalars';
import { LocalDate, Uuid } from '@finsam-se/domain';
import { fromRule, refuse } from '../errors/refuse.js';

// A plain error: graphql-js wraps it as "Expected value of type …" / "Variable … got invalid
// value", which the error formatter turns into BAD_USER_INPUT without echoing the value.
function invalid(name: string): TypeError {
  return new TypeError(`Invalid ${name}`);
}

function parseDate(value: unknown): LocalDate {
  // The domain's one rule; its refusal (DATE.FORMAT) names no value, and the input's name is
  // added where the error is formatted (errors/format-error.ts), as for ids.
  const parsed = typeof value === 'string' ? LocalDate.parse(value) : undefined;
  if (!parsed?.ok) throw fromRule({ code: 'DATE.FORMAT' });
  return parsed.value;
}

/**
 * A calendar date `YYYY-MM-DD`, validated (no 2019-02-29): resolvers receive the domain's
 * branded `LocalDate`, so a service that takes one knows it was read.
 */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar date, YYYY-MM-DD (no time, no zone).',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseMoney(value: unknown): number {
  // Whole öre only: a fraction, text or an amount past 2^53 is the domain's MONEY.FORMAT.
  if (typeof value !== 'number' || !Number.isSafeInteger(value))
    throw fromRule({ code: 'MONEY.FORMAT' });
  return value;
}

/** Integer öre (SEK × 100) as a JSON number; exact up to 2^53. */
export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description: 'An amount in whole öre (SEK × 100), as a JSON number.',
  serialize: (value) => Number(value),
  parseValue: parseMoney,
  parseLiteral: (ast) => parseMoney(ast.kind === Kind.INT ? Number(ast.value) : undefined),
});

/** An instant, ISO-8601 in UTC. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant, ISO-8601 in UTC.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw invalid('DateTime');
    return new Date(value).toISOString();
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || Number.isNaN(Date.parse(ast.value))) throw invalid('DateTime');
    return new Date(ast.value).toISOString();
  },
});

function parseUuid(value: unknown): Uuid {
  // The catalogue's message says only what is wrong, never the value; the input's name is
  // added where the error is formatted (errors/format-error.ts).
  if (typeof value !== 'string') throw refuse('ID.FORMAT');
  const parsed = Uuid.parse(value);
  if (!parsed.ok) throw refuse('ID.FORMAT');
  return parsed.value;
}

/**
 * Every id a client sends (arguments and input fields): graphql-scalars' UUID as the schema
 * names and describes it, read by the domain's one rule (`Uuid.parse`: lower case, braces
 * allowed) into a branded `Uuid`, so a service that takes one knows it was checked; refused
 * as ID.FORMAT in the client's language. Ids the API answers stay `ID`.
 */
export const UuidScalar = new GraphQLScalarType({
  name: 'UUID',
  description: GraphQLUUID.description,
  serialize: (value) => String(value),
  parseValue: parseUuid,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw refuse('ID.FORMAT');
    return parseUuid(ast.value);
  },
  ...(GraphQLUUID.specifiedByURL ? { specifiedByURL: GraphQLUUID.specifiedByURL } : {}),
});
