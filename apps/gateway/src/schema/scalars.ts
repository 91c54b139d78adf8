import { GraphQLScalarType, Kind } from 'graphql';
import { GraphQLUUID } from 'graphql-scalars';
import { LocalDate, Uuid } from '@finsam-se/domain';
import { fromRule, refuse } from '../errors/refuse.js';

// A plain error: graphql-js wraps it as "Expected value of type …" / "Variable … got invalid
// value", which the error formatter turns into BAD_USER_INPUT without echoing the value.
function invalid(name: string): TypeError {
  return new TypeError(`Invalid ${name}`);
}

/**
 * A scalar's text read by the domain's rule for it: anything else (not text, or refused by the
 * rule) is the rule's code, whose message names no value; the input's name is added where the
 * error is formatted (errors/format-error.ts).
 */
function readText<T>(
  value: unknown,
  parse: (text: string) => { ok: true; value: T } | { ok: false },
  code: 'DATE.FORMAT' | 'ID.FORMAT',
): T {
  const parsed = typeof value === 'string' ? parse(value) : undefined;
  if (!parsed?.ok) throw fromRule({ code });
  return parsed.value;
}

const parseDate = (value: unknown): LocalDate => readText(value, LocalDate.parse, 'DATE.FORMAT');

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

const parseUuid = (value: unknown): Uuid => readText(value, Uuid.parse, 'ID.FORMAT');

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
