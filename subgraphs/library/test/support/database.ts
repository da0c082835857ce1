import type { Database } from '@sp0t1fy/platform';
import { openMigratedTestDatabase, type TestBackend } from '@sp0t1fy/platform/testing';
import type { LibraryDatabase } from '../../src/database.js';
import { migrations } from '../../src/migrations/index.js';

/** A migrated, empty library database on the backend; `close` drops it. */
export const openLibraryDatabase = (backend: TestBackend): Promise<Database<LibraryDatabase>> =>
  openMigratedTestDatabase<LibraryDatabase>(backend, migrations);
