import { describe, expect, it } from 'vitest';
import { withoutValues } from './mask-values.js';

// Messages as graphql-js 16 words them, each carrying a value that may be personal data.
const cases: [string, string][] = [
  [
    'Enum "Gender" cannot represent non-enum value: "19680302-9971".',
    'Enum "Gender" cannot represent non-enum value.',
  ],
  ['Value "ANNA" does not exist in "Gender" enum.', 'The value does not exist in "Gender" enum.'],
  [
    'Variable "$g" got invalid value "19680302-9971"; Value "19680302-9971" does not exist in "Gender" enum.',
    'Variable "$g" got an invalid value; The value does not exist in "Gender" enum.',
  ],
  [
    'Variable "$n" got invalid value 196803029971; Int cannot represent non 32-bit signed integer value: 196803029971',
    'Variable "$n" got an invalid value; Int cannot represent non 32-bit signed integer value.',
  ],
  [
    'Variable "$s" got invalid value { name: "Anna; Svensson" }; String cannot represent a non string value: { name: "Anna; Svensson" }',
    'Variable "$s" got an invalid value; String cannot represent a non string value.',
  ],
  [
    'Variable "$f" got invalid value "Anna" at "f.g"; Value "Anna" does not exist in "Gender" enum.',
    'Variable "$f" got an invalid value at "f.g"; The value does not exist in "Gender" enum.',
  ],
  [
    'Variable "$l" got invalid value "Anna" at "l[1]"; Int cannot represent non-integer value: "Anna"',
    'Variable "$l" got an invalid value at "l[1]"; Int cannot represent non-integer value.',
  ],
  [
    'Variable "$f" got invalid value { g: "Anna", x: "Cecilia" }; Field "x" is not defined by type "F".',
    'Variable "$f" got an invalid value; Field "x" is not defined by type "F".',
  ],
  [
    'Expected value of type "F", found "Anna".',
    'Expected value of type "F", found an invalid value.',
  ],
  [
    'Expected value of type "LocalDate", found "19680302"; Invalid LocalDate: expected a calendar date YYYY-MM-DD',
    'Expected value of type "LocalDate", found an invalid value; Invalid LocalDate: expected a calendar date YYYY-MM-DD',
  ],
  ['Syntax Error: Unexpected String "19680302-9971".', 'Syntax Error: Unexpected String "…".'],
  ['Syntax Error: Unexpected Int "196803029971".', 'Syntax Error: Unexpected Int "…".'],
  ['Syntax Error: Unexpected Int "1234".', 'Syntax Error: Unexpected Int "…".'],
];

describe('withoutValues', () => {
  it.each(cases)('masks the value in %j', (message, masked) => {
    expect(withoutValues(message)).toBe(masked);
  });

  it('keeps messages that carry no value as they are', () => {
    for (const message of [
      'Variable "$p" of required type "String!" was not provided.',
      'Field "Participant.firstName" of required type "String!" was not provided.',
      'Unknown directive "@aa".',
      'Cannot query field "nope" on type "Query".',
    ]) {
      expect(withoutValues(message)).toBe(message);
    }
  });
});
