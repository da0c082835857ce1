import { createSongFeedFollower, defineSubgraph, type RunningSubgraph, serviceUnavailable } from '@sp0t1fy/platform';
import { libraryEnv, loadLibraryConfig } from './config.js';
import type { LibraryContext, LibraryProviders } from './context.js';
import type { LibraryDatabase } from './database.js';
import { createLoaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { typeDefs } from './module.graphql.js';
import { createFavourites } from './providers/favourites.js';
import { createPlaylistEntries } from './providers/playlist-entries.js';
import { createPlaylists } from './providers/playlists.js';
import { createSmartPlaylistEvaluator } from './providers/smart-playlist-evaluator.js';
import { createSmartPlaylists } from './providers/smart-playlists.js';
import { createSongReplica } from './providers/song-replica.js';
import { access, resolvers } from './resolvers/index.js';

export type { LibraryConfig } from './config.js';
export type { LibraryProviders } from './context.js';
export { loadLibraryConfig };

export type RunningLibraryService = RunningSubgraph<LibraryDatabase, LibraryProviders>;

export const service = defineSubgraph<typeof libraryEnv, LibraryDatabase, LibraryProviders, LibraryContext>({
  name: 'library',
  typeDefs,
  configSchema: libraryEnv,
  resolvers,
  access,
  migrations,
  wiring: (config, host) => ({
    createProviders: (runtime) => {
      const songs = createSongReplica(runtime.db);
      const songFeed = createSongFeedFollower({
        catalogUrl: config.CATALOG_URL,
        pollMs: config.SONG_FEED_POLL_MS,
        replica: songs,
        logger: runtime.logger,
      });
      // Catches up from the stored cursor at once (songs added or removed while it was down), then polls.
      songFeed.start();
      const favourites = createFavourites(runtime.db);
      return {
        songs,
        songFeed,
        favourites,
        playlists: createPlaylists(runtime.db),
        entries: createPlaylistEntries(runtime.db),
        smartPlaylists: createSmartPlaylists(runtime.db),
        smartPlaylistEvaluator: createSmartPlaylistEvaluator({
          catalogUrl: () => config.CATALOG_URL,
          playbackUrl: () => {
            const url = config.PLAYBACK_URL ?? host?.peerUrl?.('playback');
            if (!url) throw serviceUnavailable('The playback service has no known address (PLAYBACK_URL)', 'playback');
            return url;
          },
          favourites,
        }),
      };
    },
    createContext: (call, providers, runtime) => {
      const auth = runtime.authenticate(call.authorization);
      return { ...providers, auth, log: call.log, loaders: createLoaders(providers, auth) };
    },
    stop: (providers) => providers.songFeed.stop(),
  }),
});

export const startLibraryService = service.start;
