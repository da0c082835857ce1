import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: './src/module.graphql.ts',
  generates: {
    './src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.js#CatalogContext',
        mappers: { Song: '../database.js#SongRow' },
        scalars: {
          DateTime: 'Date',
          // graphql-upload-minimal resolves an Upload variable to a promise of the file.
          Upload: "Promise<import('../providers/song-uploads.js').IncomingFile>",
        },
      },
    },
  },
};

export default config;
