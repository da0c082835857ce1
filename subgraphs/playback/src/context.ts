import type { Logger, RequestAuth } from '@sp0t1fy/platform';
import type { Kysely } from 'kysely';
import type { PlaybackDatabase } from './database.js';

/** Built once per process. */
export interface PlaybackProviders {
  db: Kysely<PlaybackDatabase>;
}

/** Built once per request. */
export interface PlaybackContext extends PlaybackProviders {
  auth: RequestAuth;
  log: Logger;
}
