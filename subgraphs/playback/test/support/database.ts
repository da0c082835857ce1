import { createLogger, type Database } from '@sp0t1fy/platform';
import { openMigratedTestDatabase, type TestBackend } from '@sp0t1fy/platform/testing';
import type { PlaybackDatabase } from '../../src/database.js';
import { migrations } from '../../src/migrations/index.js';

export const silentLogger = createLogger({ service: 'playback-test', level: 'silent', format: 'json' });

/** A migrated, empty playback database on the backend; `close` drops it. */
export const openPlaybackDatabase = (backend: TestBackend): Promise<Database<PlaybackDatabase>> =>
  openMigratedTestDatabase<PlaybackDatabase>(backend, migrations);
