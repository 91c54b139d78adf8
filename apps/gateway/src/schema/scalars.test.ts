import {
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  graphql,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatError } from '../errors/format-error.js';
import { LocalDateScalar, MoneyScalar, UuidScalar } from './scalars.js';

/**
 * A one-field schema, `echo(<name>: <type>)`: the scalar as graphql-js runs it for an
 * argument, literal or variable; the resolver answers what it was handed.
 */
function echoSchema(name: string, type: GraphQLInputType): GraphQLSchema {
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        echo: {
          type: GraphQLString,
          args: { [name]: { type } },
          resolve: (_source, args: Record<string, unknown>) => String(args[name]),
        },
      },
    }),
  });
}

const schema = echoSchema('id', UuidScalar);
const listSchema = echoSchema('ids', new GraphQLList(new GraphQLNonNull(UuidScalar)));
const dateSchema = echoSchema('on', LocalDateScalar);
const moneySchema = echoSchema('amount', MoneyScalar);

/**
 * Runs a query that must be refused before any resolver runs, and answers its first error as
 * a client gets it.
 */
async function refusal(schema: GraphQLSchema, source: string, variableValues = {}) {
  const result = await graphql({ schema, source, variableValues });
  expect(result.data).toBeUndefined();
  const error = result.errors?.[0];
  if (!error) throw new Error('the query was expected to be refused');
  return formatError(error.toJSON(), error, () => undefined);
}

const upper = '6F1C0A5E-8B2D-4C3A-9E7F-0123456789AB';
const lower = upper.toLowerCase();

describe('the UUID scalar every id a client sends passes through', () => {
  it('hands the resolver the id in lower case, as a variable and as a literal', async () => {
    const byVariable = await graphql({
      schema,
      source: 'query ($id: UUID) { echo(id: $id) }',
      variableValues: { id: `{${upper}}` },
    });
    expect(byVariable).toEqual({ data: { echo: lower } });
    const byLiteral = await graphql({ schema, source: `{ echo(id: "${upper}") }` });
    expect(byLiteral).toEqual({ data: { echo: lower } });
  });

  it.each([
    ['a name', '"Eksjö"'],
    ['a number', '42'],
    ['an id one digit short', `"${lower.slice(1)}"`],
  ])('refuses %s as ID.FORMAT before any resolver runs, never repeating it', async (_, literal) => {
    // As a client gets it: graphql-js's own message repeats the value, the gateway's never.
    const sent = await refusal(schema, `{ echo(id: ${literal}) }`);
    expect(sent).toMatchObject({
      message: 'Ogiltigt id.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'ID.FORMAT' },
    });
    expect(JSON.stringify(sent)).not.toContain(literal.replaceAll('"', ''));
  });

  it('names the variable a refused id came in, down to the list position', async () => {
    const sent = await refusal(listSchema, 'query ($ids: [UUID!]) { echo(ids: $ids) }', {
      ids: [lower, 'Eksjö'],
    });
    expect(sent.extensions).toMatchObject({ reason: 'ID.FORMAT', field: 'ids.1' });
    expect(JSON.stringify(sent)).not.toContain('Eksjö');
  });
});

describe('the LocalDate scalar every date a client sends passes through', () => {
  it('hands the resolver the calendar date as sent', async () => {
    const result = await graphql({
      schema: dateSchema,
      source: 'query ($on: LocalDate) { echo(on: $on) }',
      variableValues: { on: '2024-02-29' },
    });
    expect(result).toEqual({ data: { echo: '2024-02-29' } });
  });

  it.each(['2026-02-29', '19680302', '2026-7-1', 20260701])(
    'refuses %j as DATE.FORMAT in the client’s language, naming the variable',
    async (on) => {
      const sent = await refusal(dateSchema, 'query ($on: LocalDate) { echo(on: $on) }', { on });
      expect(sent).toMatchObject({
        message: 'Datumet ska skrivas ÅÅÅÅ-MM-DD och finnas i kalendern.',
        extensions: { code: 'BAD_USER_INPUT', reason: 'DATE.FORMAT', field: 'on' },
      });
      expect(JSON.stringify(sent)).not.toContain(String(on));
    },
  );
});

describe('the Money scalar every amount a client sends passes through', () => {
  it('hands the resolver whole öre', async () => {
    const result = await graphql({
      schema: moneySchema,
      source: 'query ($amount: Money) { echo(amount: $amount) }',
      variableValues: { amount: 3_400_000 },
    });
    expect(result).toEqual({ data: { echo: '3400000' } });
  });

  it.each([1.5, '100', 2 ** 53])(
    'refuses %j as MONEY.FORMAT in the client’s language, naming the variable',
    async (amount) => {
      const source = 'query ($amount: Money) { echo(amount: $amount) }';
      expect(await refusal(moneySchema, source, { amount })).toMatchObject({
        message: 'Beloppet har fel format.',
        extensions: { code: 'BAD_USER_INPUT', reason: 'MONEY.FORMAT', field: 'amount' },
      });
    },
  );
});
