import { commonEnv, env, loadConfig } from '@sp0t1fy/platform';
import { z } from 'zod';

export const libraryEnv = z.object({
  ...commonEnv,
  LIBRARY_PORT: env.port(4004),
  /** PostgreSQL for the library service; without it, an embedded PGlite under DATA_DIR/library. */
  LIBRARY_DATABASE_URL: env.optionalUrl(),
  /** The users service, asked whether a token was signed out when there is no shared Redis. */
  USERS_URL: env.url().default('http://127.0.0.1:4001'),
  /** The catalog, whose song-events feed tells the library which songs, albums and artists exist. */
  CATALOG_URL: env.url().default('http://127.0.0.1:4002'),
  /**
   * Playback's private URL, asked about the owner's plays for smart playlists; unset when it is hosted
   * in the same process or started before the library (the host tells it then).
   */
  PLAYBACK_URL: env.optionalUrl(),
  /** How often the song feed is polled; a song the library does not know yet is also asked for at once. */
  SONG_FEED_POLL_MS: env.positiveInt(2_000),
});

export type LibraryConfig = z.infer<typeof libraryEnv>;

export const loadLibraryConfig = (source?: Record<string, string | undefined>) => loadConfig(libraryEnv, source);
