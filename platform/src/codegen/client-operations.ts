import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator's configuration for a typed client of the public API (schema/api.graphql),
 * the same for every Node client here: typed document strings (no GraphQL parser at run time), into
 * `output`.
 */
export function clientOperationTypes({ documents, output }: { documents: string[]; output: string }): CodegenConfig {
  return {
    schema: '../schema/api.graphql',
    documents,
    generates: {
      [output]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          documentMode: 'string',
          useTypeImports: true,
          enumsAsTypes: true,
          // NodeNext resolution: relative imports spelled with .js.
          emitLegacyCommonJSImports: false,
          // A multipart request sends the file's variable as null and the file in a part of its own.
          scalars: { DateTime: 'string', Upload: 'null', SmartPlaylistRules: 'Record<string, unknown>' },
          strictScalars: true,
        },
      },
    },
  };
}
