import { commonEnv, env, loadConfig } from '@sp0t1fy/platform';
import { z } from 'zod';

export const playbackEnv = z.object({
  ...commonEnv,
  PLAYBACK_PORT: env.port(4003),
  /** PostgreSQL for the playback service; without it, an embedded PGlite under DATA_DIR/playback. */
  PLAYBACK_DATABASE_URL: env.optionalUrl(),
  /** The users service, asked whether a token was signed out when there is no shared Redis. */
  USERS_URL: env.url().default('http://127.0.0.1:4001'),
  /** The catalog, whose song-events feed tells playback which songs exist. */
  CATALOG_URL: env.url().default('http://127.0.0.1:4002'),
  /** How often the song feed is polled; a song playback does not know yet is also asked for at once. */
  SONG_FEED_POLL_MS: env.positiveInt(2_000),
});

export type PlaybackConfig = z.infer<typeof playbackEnv>;

export const loadPlaybackConfig = (source?: Record<string, string | undefined>) => loadConfig(playbackEnv, source);
