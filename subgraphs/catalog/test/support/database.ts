import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { type Database, migrateToLatest, openDatabase } from '@sp0t1fy/platform';
import { createTestDatabase, type TestBackend } from '@sp0t1fy/platform/testing';
import type { CatalogDatabase } from '../../src/database.js';
import { migrations } from '../../src/migrations/index.js';
import type { NewSong } from '../../src/providers/songs-repository.js';

/**
 * An empty catalog database on the backend, migrated up to and including `upTo` (every migration
 * without it); `migrate` applies the rest, as a newer catalog starting on it would. `url` is the
 * PostgreSQL database's (none on the embedded backend). `close` drops it.
 */
export async function openCatalogDatabase(
  backend: TestBackend,
  upTo?: string,
): Promise<Database<CatalogDatabase> & { migrate(): Promise<void>; url?: string }> {
  const created = backend.postgresUrl ? await createTestDatabase(backend.postgresUrl) : null;
  const database = await openDatabase<CatalogDatabase>({
    url: created?.url,
    embeddedDir: 'memory://',
    embeddedExtensions: { pg_trgm, unaccent },
  });
  const applied = upTo ? Object.fromEntries(Object.entries(migrations).filter(([name]) => name <= upTo)) : migrations;
  await migrateToLatest(database.db, applied);
  return {
    ...database,
    url: created?.url,
    migrate: () => migrateToLatest(database.db, migrations),
    async close() {
      await database.close();
      await created?.drop();
    },
  };
}

const UPLOADER = '00000000-0000-4000-8000-000000000001';

/**
 * Rows as an upload would leave them, one statement each, so seq follows the order given. Columns
 * beyond the first migration's only when given: older schemas, which tests migrate from, lack them.
 */
export async function insertSongs(
  database: Database<CatalogDatabase>,
  songs: Array<Pick<NewSong, 'title' | 'artist'> & Partial<NewSong>>,
): Promise<void> {
  for (const song of songs) {
    await database.db
      .insertInto('songs')
      .values({
        album: null,
        genre: null,
        release_year: null,
        duration_seconds: 180,
        bitrate_kbps: 128,
        sample_rate_hz: 44_100,
        channels: 2,
        mime_type: 'audio/mpeg',
        size_bytes: 1_000,
        sha256: '0'.repeat(64),
        cover_sha256: null,
        cover_mime_type: null,
        cover_size_bytes: null,
        uploaded_by: UPLOADER,
        ...song,
      })
      .execute();
  }
}
