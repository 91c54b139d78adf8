import { normaliseHeader } from './header-suggestions.js';
import { type ImportRegister, registerSpecs } from './import-registers.js';

/** Which column (by its header text) holds each of a register's fields; null = not in the file. */
export type RegisterMapping = Readonly<Record<string, string | null>>;

/** One field as a client is told it: its name, whether a mapping must give it, its labels. */
export type RegisterFieldInfo = {
  readonly name: string;
  readonly required: boolean;
  readonly label: { readonly sv: string; readonly en: string };
};

export function isRegisterField(register: ImportRegister, name: string): boolean {
  return registerSpecs[register].fields.includes(name);
}

/** The register's fields in their order, for a client that maps columns. */
export function describeRegisterFields(register: ImportRegister): readonly RegisterFieldInfo[] {
  const spec = registerSpecs[register];
  return spec.fields.map((name) => ({
    name,
    required: spec.required.includes(name),
    label: spec.labels[name] ?? { sv: name, en: name },
  }));
}

/** Each field to the first column whose header is one of the field's Swedish or English names. */
export function suggestRegisterMapping(
  register: ImportRegister,
  headers: readonly string[],
): RegisterMapping {
  const spec = registerSpecs[register];
  const byName = new Map<string, string>(
    spec.fields.flatMap((field) =>
      (spec.headerNames[field] ?? []).map((name) => [normaliseHeader(name), field] as const),
    ),
  );
  const mapping: Record<string, string | null> = Object.fromEntries(
    spec.fields.map((field) => [field, null]),
  );
  for (const header of headers) {
    const field = byName.get(normaliseHeader(header));
    if (field !== undefined && mapping[field] === null) mapping[field] = header;
  }
  return mapping;
}

/** A saved mapping applied to a new file: its columns where the file has them, the suggestion for the rest. */
export function mergeRegisterMapping(
  register: ImportRegister,
  saved: Readonly<Record<string, string | null | undefined>> | undefined,
  headers: readonly string[],
): RegisterMapping {
  const merged = { ...suggestRegisterMapping(register, headers) };
  if (!saved) return merged;
  for (const field of registerSpecs[register].fields) {
    const column = saved[field];
    if (typeof column === 'string' && headers.includes(column)) merged[field] = column;
  }
  return merged;
}

/** The mapping's failure, if any: a required field unmapped, or a column the file lacks. */
export function registerMappingProblem(
  register: ImportRegister,
  mapping: RegisterMapping,
  headers: readonly string[],
): string | null {
  const spec = registerSpecs[register];
  for (const field of spec.required) if ((mapping[field] ?? null) === null) return field;
  for (const field of spec.fields) {
    const column = mapping[field] ?? null;
    if (column !== null && !headers.includes(column)) return field;
  }
  return null;
}
