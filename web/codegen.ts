import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for every `graphql()` call in src, from the client-facing schema the gateway serves. */
const config: CodegenConfig = {
  schema: '../schema/api.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/__generated__/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/__generated__/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Upload: 'File', SmartPlaylistRules: 'Record<string, unknown>' },
        strictScalars: true,
      },
    },
  },
};

export default config;
