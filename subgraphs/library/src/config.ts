import { commonEnv, env, loadConfig, songFeedEnv, usersUrlEnv } from '@sp0t1fy/platform';
import { z } from 'zod';

export const libraryEnv = z.object({
  ...commonEnv,
  LIBRARY_PORT: env.port(4004),
  /** PostgreSQL for the library service; without it, an embedded PGlite under DATA_DIR/library. */
  LIBRARY_DATABASE_URL: env.optionalUrl(),
  ...usersUrlEnv,
  ...songFeedEnv,
  /**
   * Playback's private URL, asked about the owner's plays for smart playlists; unset when it is hosted
   * in the same process or started before the library (the host tells it then).
   */
  PLAYBACK_URL: env.optionalUrl(),
});

export type LibraryConfig = z.infer<typeof libraryEnv>;

export const loadLibraryConfig = (source?: Record<string, string | undefined>) => loadConfig(libraryEnv, source);
