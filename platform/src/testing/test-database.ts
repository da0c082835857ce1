import type { Migration } from 'kysely';
import { type Database, migrateToLatest, openDatabase } from '../database.js';
import { createTestDatabase, type TestBackend } from './backends.js';

/** A service's empty database on the backend (in memory when embedded), migrated; `close` drops it. */
export async function openMigratedTestDatabase<DB>(
  backend: TestBackend,
  migrations: Record<string, Migration>,
): Promise<Database<DB>> {
  const created = backend.postgresUrl ? await createTestDatabase(backend.postgresUrl) : null;
  const database = await openDatabase<DB>({ url: created?.url, embeddedDir: 'memory://' });
  await migrateToLatest(database.db, migrations);
  return {
    ...database,
    async close() {
      await database.close();
      await created?.drop();
    },
  };
}
