import type { CodeList, CodeListEntry, CodeListId } from '@finsam-se/domain';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { type ErrorCode, errorCodes } from '../errors/error-codes.js';
import { LocalDateScalar } from '../schema/scalars.js';

// GraphQL names are UPPER_SNAKE; the values are the domain's own list ids.
export const CodeListIdEnum = {
  INCOME_SOURCE: 'income_source',
  OCCUPATION_AFTER: 'occupation_after',
  DISCHARGE_REASON: 'discharge_reason',
  EDUCATION_LEVEL: 'education_level',
} as const satisfies Record<string, CodeListId>;
registerEnumType(CodeListIdEnum, { name: 'CodeListId' });

/** The gateway's closed set of `extensions.code` values, as an enum clients generate from. */
const ErrorCodeEnum = Object.fromEntries(errorCodes.map((code) => [code, code])) as {
  [C in ErrorCode]: C;
};
registerEnumType(ErrorCodeEnum, {
  name: 'ErrorCode',
  description: "The closed set of codes an error's `extensions.code` carries.",
});

@ObjectType('CodeListEntry', { description: 'One code of a list, valid from–until (half-open).' })
export class CodeListEntryType {
  @Field(() => String, { description: 'What the API accepts and returns, e.g. `salary`.' })
  code!: string;
  @Field(() => String) labelSv!: string;
  @Field(() => String) labelEn!: string;
  @Field(() => LocalDateScalar) validFrom!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'First day no longer valid.' })
  validUntil!: string | null;

  static from(entry: CodeListEntry): CodeListEntryType {
    return Object.assign(new CodeListEntryType(), {
      code: entry.code,
      labelSv: entry.label.sv,
      labelEn: entry.label.en,
      validFrom: entry.validFrom,
      validUntil: entry.validUntil,
    });
  }
}

@ObjectType('CodeList', { description: 'A versioned code list (SUS reference data).' })
export class CodeListType {
  @Field(() => CodeListIdEnum) id!: CodeListId;
  @Field(() => Int) version!: number;
  @Field(() => String) nameSv!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => [CodeListEntryType]) entries!: CodeListEntryType[];

  static from(list: CodeList): CodeListType {
    return Object.assign(new CodeListType(), {
      id: list.id,
      version: list.version,
      nameSv: list.name.sv,
      nameEn: list.name.en,
      entries: list.entries.map((e) => CodeListEntryType.from(e)),
    });
  }
}

@ObjectType('CodeLists', { description: "The API's reference data for clients." })
export class CodeListsType {
  @Field(() => [CodeListType], { description: 'Every code list with every version of a code.' })
  lists!: CodeListType[];
  @Field(() => [ErrorCodeEnum], { description: 'Every code an error may carry.' })
  errorCodes!: ErrorCode[];
}
