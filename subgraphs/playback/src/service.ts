import {
  createSongFeedFollower,
  defineSubgraph,
  PLAY_FEED_PAGE_SIZE,
  PLAY_FEED_PATH,
  type PlayFeedEventJson,
  type RunningSubgraph,
  SMART_PLAYS_PATH,
  serveFeed,
  servePost,
  smartPlaysRequest,
} from '@sp0t1fy/platform';
import { loadPlaybackConfig, playbackEnv } from './config.js';
import type { PlaybackContext, PlaybackProviders } from './context.js';
import type { PlaybackDatabase } from './database.js';
import { createLoaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { typeDefs } from './module.graphql.js';
import { createListeningHistory } from './providers/history.js';
import { createNowPlaying } from './providers/now-playing.js';
import { readPlayEvents } from './providers/play-feed.js';
import { createPlayStats } from './providers/play-stats.js';
import { createPlaybackRecorder } from './providers/recorder.js';
import { createScrobbles } from './providers/scrobbles.js';
import { createSmartPlaylistPlays } from './providers/smart-playlist-plays.js';
import { createSongReplica } from './providers/song-replica.js';
import { access, resolvers } from './resolvers/index.js';

export type { PlaybackConfig } from './config.js';
export type { PlaybackProviders } from './context.js';
export { loadPlaybackConfig };

export type RunningPlaybackService = RunningSubgraph<PlaybackDatabase, PlaybackProviders>;

export const service = defineSubgraph<typeof playbackEnv, PlaybackDatabase, PlaybackProviders, PlaybackContext>({
  name: 'playback',
  typeDefs,
  configSchema: playbackEnv,
  resolvers,
  access,
  migrations,
  wiring: (config) => ({
    createProviders: (runtime) => {
      const songs = createSongReplica(runtime.db);
      const playStats = createPlayStats(runtime.db, runtime.cache);
      const songFeed = createSongFeedFollower({
        catalogUrl: config.CATALOG_URL,
        pollMs: config.SONG_FEED_POLL_MS,
        replica: songs,
        logger: runtime.logger,
        onApplied: playStats.chartsChanged,
      });
      // Catches up from the stored cursor at once (songs added while playback was down), then polls.
      songFeed.start();
      return {
        songs,
        songFeed,
        playStats,
        recorder: createPlaybackRecorder(runtime.db, playStats),
        history: createListeningHistory(runtime.db),
        nowPlaying: createNowPlaying(runtime.db),
        scrobbles: createScrobbles(runtime.db, playStats),
      };
    },
    createContext: (call, providers, runtime) => {
      const auth = runtime.authenticate(call.authorization);
      return { ...providers, auth, log: call.log, loaders: createLoaders(providers, auth) };
    },
    // Counted plays, for the catalog's play counts; only on the private port.
    internalRoutes: (app, _providers, runtime) => {
      serveFeed<PlayFeedEventJson>(app, {
        path: PLAY_FEED_PATH,
        pageSize: PLAY_FEED_PAGE_SIZE,
        serviceName: 'Playback',
        read: (after, limit) => readPlayEvents(runtime.db, after, limit),
      });
      // The library's smart playlists ask about a user's plays (contracts/smart-playlist-playback.ts).
      const smartPlays = createSmartPlaylistPlays(runtime.db);
      servePost(app, SMART_PLAYS_PATH, smartPlaysRequest, 'Playback', (body) =>
        smartPlays(body.userId, body.conditions, body.sort),
      );
    },
    stop: (providers) => providers.songFeed.stop(),
  }),
});

export const startPlaybackService = service.start;
