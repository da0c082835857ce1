import { join } from 'node:path';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import {
  configuredOrGeneratedSecret,
  createFeedFollower,
  defineSubgraph,
  PLAY_FEED_PAGE_SIZE,
  PLAY_FEED_PATH,
  playFeedPage,
  type RunningSubgraph,
  uploadMiddleware,
} from '@sp0t1fy/platform';
import { catalogEnv, loadCatalogConfig } from './config.js';
import type { CatalogContext, CatalogProviders } from './context.js';
import type { CatalogDatabase } from './database.js';
import { migrations } from './migrations/index.js';
import { typeDefs } from './module.graphql.js';
import { createAlbumLoaders } from './providers/album-loaders.js';
import { albumLoudnessOf } from './providers/album-loudness.js';
import { createAlbumsRepository } from './providers/albums-repository.js';
import { createArtistsRepository } from './providers/artists-repository.js';
import { createConcurrencyLimit } from './providers/ffmpeg/concurrency-limit.js';
import { locateFfmpeg } from './providers/ffmpeg/ffmpeg-binary.js';
import { createLibrarySearch } from './providers/library-search.js';
import { createListeningLoaders } from './providers/listening-loaders.js';
import { createLyricsRepository } from './providers/lyrics/lyrics-repository.js';
import { createLyricsUploads } from './providers/lyrics/lyrics-uploads.js';
import { createMediaUrls } from './providers/media-urls.js';
import { createPlayCounts } from './providers/play-counts.js';
import { createRandomSongs } from './providers/random-songs.js';
import { createSongCache } from './providers/song-cache.js';
import { createSongChanges } from './providers/song-changes.js';
import { createSongMedia } from './providers/song-media.js';
import { createSongSearch } from './providers/song-search.js';
import { createSongUploads } from './providers/song-uploads.js';
import { createSongsRepository } from './providers/songs-repository.js';
import { createBlobStorage } from './providers/storage/create-blob-store.js';
import { sweepTempFiles } from './providers/storage/sweep-temp-files.js';
import { createMediaMaker } from './providers/transcoding/media-maker.js';
import { openTranscodeCache } from './providers/transcoding/transcode-cache.js';
import { access, resolvers } from './resolvers/index.js';
import { mediaRoutes } from './routes/media.js';
import { smartPlaylistSongsRoute } from './routes/smart-playlist-songs.js';
import { songEventsRoute } from './routes/song-events.js';

export type { CatalogConfig } from './config.js';
export { loadCatalogConfig };

export type RunningCatalogService = RunningSubgraph<CatalogDatabase, CatalogProviders>;

export const service = defineSubgraph<typeof catalogEnv, CatalogDatabase, CatalogProviders, CatalogContext>({
  name: 'catalog',
  typeDefs,
  configSchema: catalogEnv,
  resolvers,
  access,
  migrations,
  embeddedExtensions: { pg_trgm, unaccent },
  wiring: (config, host) => ({
    async createProviders({ db, logger, cache, cacheStats }) {
      // Audio lives in a blob store (local disk or S3, by BLOB_STORE), never in database rows.
      const { blobs, tempDir } = await createBlobStorage(config);
      const swept = await sweepTempFiles(tempDir);
      if (swept > 0) logger.info({ files: swept }, 'removed temp files of interrupted uploads');
      const secret = await configuredOrGeneratedSecret(config.AUDIO_URL_SECRET, {
        dataDir: config.DATA_DIR,
        name: 'audio-url-secret',
        variable: 'AUDIO_URL_SECRET',
        logger,
      });
      const ffmpeg = await locateFfmpeg({ configured: config.FFMPEG_PATH });
      logger.info({ ffmpeg: ffmpeg.path, source: ffmpeg.source, version: ffmpeg.version }, 'using ffmpeg');
      const maker = createMediaMaker({
        ffmpegPath: ffmpeg.path,
        cache: await openTranscodeCache({
          dir: config.TRANSCODE_CACHE_DIR ?? join(config.DATA_DIR, 'catalog', 'transcodes'),
          maxBytes: config.TRANSCODE_CACHE_BYTES,
          logger,
        }),
        blobs,
        concurrency: config.TRANSCODE_CONCURRENCY,
        logger,
      });
      const songs = createSongsRepository(db);
      const search = createSongSearch(db);
      const songCache = createSongCache({ cache, stats: cacheStats, logger, songs, search });
      const songMedia = createSongMedia({ songs });
      const playFeed = createFeedFollower({
        source: {
          url: () => config.PLAYBACK_URL ?? host?.peerUrl?.('playback'),
          path: PLAY_FEED_PATH,
          name: "playback's play feed",
          page: playFeedPage,
          defaultPageSize: PLAY_FEED_PAGE_SIZE.default,
        },
        pollMs: config.PLAY_FEED_POLL_MS,
        replica: createPlayCounts(db),
        logger,
      });
      playFeed.start();
      const lyrics = createLyricsRepository(db);
      return {
        playFeed,
        songs,
        albums: createAlbumsRepository(db),
        artists: createArtistsRepository(db),
        randomSongs: createRandomSongs(db),
        search,
        librarySearch: createLibrarySearch(db, search),
        songCache,
        uploads: createSongUploads({
          songs,
          lyrics,
          songCache,
          blobs,
          tempDir,
          maxBytes: config.MAX_UPLOAD_BYTES,
          ffmpegPath: ffmpeg.path,
          analysis: createConcurrencyLimit(config.UPLOAD_ANALYSIS_CONCURRENCY),
          logger,
        }),
        changes: createSongChanges({ songs, songCache, songMedia, blobs, logger }),
        lyrics,
        lyricsUploads: createLyricsUploads({ songs, lyrics }),
        albumLoudness: (albumIds) => albumLoudnessOf(db, albumIds),
        blobs,
        ffmpeg,
        maker,
        songMedia,
        mediaUrls: createMediaUrls({ secret, ttlSeconds: config.AUDIO_URL_TTL_SECONDS }),
      };
    },
    createContext: (call, providers, runtime) => ({
      ...providers,
      auth: runtime.authenticate(call.authorization),
      log: call.log,
      callerGone: call.signal,
      songById: providers.songCache.createLoader(),
      albumLoaders: createAlbumLoaders(providers),
      listening: createListeningLoaders(providers),
    }),
    publicRoutes: (router, providers, runtime) => mediaRoutes(router, { ...providers, logger: runtime.logger }),
    internalRoutes: (app, _providers, runtime) => {
      songEventsRoute(app, runtime.db);
      smartPlaylistSongsRoute(app, runtime.db);
    },
    graphqlMiddleware: () => uploadMiddleware(config.MAX_UPLOAD_BYTES),
    // The local store keeps blobs open between Range requests.
    stop: async (providers) => {
      await providers.playFeed.stop();
      await providers.maker.close();
      await providers.blobs.close?.();
    },
  }),
});

export const startCatalogService = service.start;
