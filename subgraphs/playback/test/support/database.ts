import { createLogger, type Database, migrateToLatest, openDatabase } from '@sp0t1fy/platform';
import { createTestDatabase, type TestBackend } from '@sp0t1fy/platform/testing';
import type { PlaybackDatabase } from '../../src/database.js';
import { migrations } from '../../src/migrations/index.js';

export const silentLogger = createLogger({ service: 'playback-test', level: 'silent', format: 'json' });

/** A migrated, empty playback database on the backend; `close` drops it. */
export async function openPlaybackDatabase(backend: TestBackend): Promise<Database<PlaybackDatabase>> {
  const created = backend.postgresUrl ? await createTestDatabase(backend.postgresUrl) : null;
  const database = await openDatabase<PlaybackDatabase>({ url: created?.url, embeddedDir: 'memory://' });
  await migrateToLatest(database.db, migrations);
  return {
    ...database,
    async close() {
      await database.close();
      await created?.drop();
    },
  };
}
