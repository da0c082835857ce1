import { commonEnv, env, loadConfig, songFeedEnv, usersUrlEnv } from '@sp0t1fy/platform';
import { z } from 'zod';

export const playbackEnv = z.object({
  ...commonEnv,
  PLAYBACK_PORT: env.port(4003),
  /** PostgreSQL for the playback service; without it, an embedded PGlite under DATA_DIR/playback. */
  PLAYBACK_DATABASE_URL: env.optionalUrl(),
  ...usersUrlEnv,
  ...songFeedEnv,
});

export type PlaybackConfig = z.infer<typeof playbackEnv>;

export const loadPlaybackConfig = (source?: Record<string, string | undefined>) => loadConfig(playbackEnv, source);
