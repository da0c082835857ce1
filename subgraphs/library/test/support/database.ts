import { createLogger, type Database, migrateToLatest, openDatabase } from '@sp0t1fy/platform';
import { createTestDatabase, type TestBackend } from '@sp0t1fy/platform/testing';
import type { LibraryDatabase } from '../../src/database.js';
import { migrations } from '../../src/migrations/index.js';

export const silentLogger = createLogger({ service: 'library-test', level: 'silent', format: 'json' });

/** A migrated, empty library database on the backend; `close` drops it. */
export async function openLibraryDatabase(backend: TestBackend): Promise<Database<LibraryDatabase>> {
  const created = backend.postgresUrl ? await createTestDatabase(backend.postgresUrl) : null;
  const database = await openDatabase<LibraryDatabase>({ url: created?.url, embeddedDir: 'memory://' });
  await migrateToLatest(database.db, migrations);
  return {
    ...database,
    async close() {
      await database.close();
      await created?.drop();
    },
  };
}
