import 'reflect-metadata';
import { getMetadataArgsStorage } from 'typeorm';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { entities } from './entities.js';
import type { ParticipantEntity } from '../participant/participant.entity.js';
import type { ColumnName, RowOf } from './row-of.js';

/** The runtime twin of `ColumnName`: camelCase property → snake_case column. */
const columnName = (property: string) =>
  property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

describe('RowOf', () => {
  it('names every entity column after its property, as ColumnName assumes', () => {
    const targets = new Set<unknown>(entities);
    const columns = getMetadataArgsStorage().columns.filter((column) => targets.has(column.target));
    expect(columns.length).toBeGreaterThan(300);
    const mismatched = columns
      .filter((column) => column.options.name !== columnName(column.propertyName))
      .map((column) => `${String(column.propertyName)} → ${String(column.options.name)}`);
    expect(mismatched).toEqual([]);
  });

  it('keys a row by column name with the entity’s types', () => {
    expectTypeOf<ColumnName<'homeMunicipalityId'>>().toEqualTypeOf<'home_municipality_id'>();
    expectTypeOf<
      RowOf<ParticipantEntity, 'id' | 'personnummerCipher' | 'registeredBy'>
    >().toEqualTypeOf<{ id: string; personnummer_cipher: Buffer; registered_by: string | null }>();
  });
});
