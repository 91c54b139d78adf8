/**
 * graphql-js quotes the submitted value in its parse, validation and coercion messages
 * (`Value "19680302-9971" does not exist in "Gender" enum.`); a value may be personal data,
 * so none may reach a response. The schema's own names (types, fields, variables, paths)
 * stay: they are what a client needs to find its mistake.
 */

/** A printed string value: JSON, so a quote inside it is escaped. */
const QUOTED = String.raw`"(?:[^"\\]|\\.)*"`;
/** A printed value of any kind: quoted strings whole, anything else up to `;` or `"`. */
const VALUE = String.raw`(?:${QUOTED}|[^";])*?`;

/** A quoted schema name: `Gender`, `$gender`, `@include`, `[ID!]!`, `filter.ids`, `ids[1]`. */
const SCHEMA_NAME =
  /^[$@]?[_A-Za-z][_0-9A-Za-z]*(?:\.[_A-Za-z][_0-9A-Za-z]*|\[\d+\])*$|^\[*[_A-Za-z]\w*[!\]]*$/;

const rewrites: readonly [RegExp, string][] = [
  // Variable "$g" got invalid value "…" at "f.g"; <why>
  [
    new RegExp(String.raw`got invalid value ${VALUE}( at "[^"]*")?;`, 'g'),
    'got an invalid value$1;',
  ],
  // Value "…" does not exist in "Gender" enum.
  [
    new RegExp(String.raw`\bValue ${VALUE} does not exist in `, 'g'),
    'The value does not exist in ',
  ],
  // Int cannot represent non-integer value: "…" (the value runs to the end).
  [/ cannot represent ([^:;]*): [\s\S]*$/, ' cannot represent $1.'],
  // Expected value of type "F", found "…"; <why>
  [new RegExp(String.raw`\bfound ${VALUE}(;|\.?$)`, 'g'), 'found an invalid value$1'],
];

/** The message with every submitted value taken out. */
export function withoutValues(message: string): string {
  let masked = message;
  for (const [pattern, replacement] of rewrites) masked = masked.replace(pattern, replacement);
  // Whatever template is not known above: quoted text that is not a schema name, and long
  // numbers (a personnummer sent as a number), are values.
  return masked
    .replace(new RegExp(QUOTED, 'g'), (quoted) =>
      SCHEMA_NAME.test(quoted.slice(1, -1)) ? quoted : '"…"',
    )
    .replace(/\d{6,}/g, '…');
}
