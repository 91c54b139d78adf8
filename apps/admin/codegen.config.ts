// GraphQL Code Generator: the panel's typed API contract, generated from the gateway's
// committed schema and the documents in src/api/documents. `npm run codegen` rewrites
// src/api/generated/; `typecheck` runs it with --check, so a document asking for a field the
// schema lacks (or a stale generated file) fails before tsc does.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../gateway/schema.graphql',
  documents: ['src/api/documents/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/api/generated/': {
      preset: 'client',
      presetConfig: {
        // The panel reads fragments' fields directly; masking would hide them behind useFragment.
        fragmentMasking: false,
        gqlTagName: 'graphql',
      },
      config: {
        // Documents as plain strings: the panel POSTs them with fetch (graphqlFetch.ts), and the
        // login page need not load graphql-js to print an AST.
        documentMode: 'string',
        enumsAsTypes: true,
        futureProofEnums: false,
        useTypeImports: true,
        // Only the operations' own shapes, enums and inputs: the panel types what it asks for.
        onlyOperationTypes: true,
        skipTypename: true,
        // Answers' nullable fields are present (null), variables that may be null may be left out.
        avoidOptionals: { field: true },
        arrayInputCoercion: false,
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          Money: 'number',
          UUID: 'string',
        },
      },
    },
  },
};

export default config;
