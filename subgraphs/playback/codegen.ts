import { subgraphResolverTypes } from '@sp0t1fy/platform/codegen';

export default subgraphResolverTypes({
  contextType: '../context.js#PlaybackContext',
  mappers: {
    Song: '../resolvers/parents.js#SongParent',
    User: '../resolvers/parents.js#UserParent',
    PlaybackEvent: '../providers/history.js#PlaybackEventView',
    PlaybackEventEdge: '../providers/history.js#PlaybackEventView',
    PlaybackEventConnection: '../resolvers/parents.js#HistoryPage',
    ListeningStats: '../resolvers/parents.js#ListeningStatsParent',
    SongPlays: '../resolvers/parents.js#SongPlaysParent',
    NowPlaying: '../providers/now-playing.js#NowPlayingRow',
  },
  scalars: { DateTime: 'Date' },
});
