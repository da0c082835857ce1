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
        contextType: '../context.js#PlaybackContext',
        mappers: {
          Song: '../resolvers/parents.js#SongParent',
          User: '../resolvers/parents.js#UserParent',
          PlaybackEvent: '../providers/history.js#PlaybackEventView',
          PlaybackEventEdge: '../providers/history.js#PlaybackEventView',
          PlaybackEventConnection: '../resolvers/parents.js#HistoryPage',
          ListeningStats: '../resolvers/parents.js#ListeningStatsParent',
          SongPlays: '../resolvers/parents.js#SongPlaysParent',
        },
        scalars: { DateTime: 'Date' },
      },
    },
  },
};

export default config;
