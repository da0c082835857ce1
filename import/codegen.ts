import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for every `graphql()` call in src, from the client-facing schema the gateway
 * serves. Documents are typed strings (no GraphQL parser at run time): the importer sends them as
 * they are, over plain HTTP.
 */
const config: CodegenConfig = {
  schema: '../schema/api.graphql',
  documents: ['src/**/*.ts', '!src/__generated__/**'],
  generates: {
    'src/__generated__/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        // NodeNext resolution: relative imports spelled with .js.
        emitLegacyCommonJSImports: false,
        // A multipart request sends the file's variable as null and the file in a part of its own.
        scalars: { DateTime: 'string', Upload: 'null' },
        strictScalars: true,
      },
    },
  },
};

export default config;
