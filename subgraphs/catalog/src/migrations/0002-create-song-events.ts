import { type Kysely, sql } from 'kysely';

/**
 * The transactional outbox other services follow (GET /internal/song-events): one row per change to a
 * song, written in the same transaction as the change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('song_events')
    .addColumn('seq', 'bigserial', (column) => column.primaryKey())
    .addColumn('type', 'text', (column) => column.notNull().check(sql`type in ('created', 'updated', 'deleted')`))
    .addColumn('song_id', 'uuid', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('artist', 'text', (column) => column.notNull())
    .addColumn('album', 'text')
    .addColumn('duration_seconds', 'double precision', (column) => column.notNull())
    .addColumn('occurred_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('song_events').execute();
}
