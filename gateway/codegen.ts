import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The Subsonic API's operations (src/subsonic/operations/*.graphql), typed from the client-facing
 * schema: the gateway runs them in-process as any client of the supergraph would.
 */
const config: CodegenConfig = {
  schema: '../schema/api.graphql',
  documents: ['src/subsonic/operations/**/*.graphql'],
  generates: {
    'src/subsonic/__generated__/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        emitLegacyCommonJSImports: false,
        scalars: { DateTime: 'string', Upload: 'null' },
        strictScalars: true,
      },
    },
  },
};

export default config;
