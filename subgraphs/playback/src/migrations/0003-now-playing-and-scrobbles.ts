import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // What each user is listening to now: one row per user, in the database so every instance sees it.
  await db.schema
    .createTable('now_playing')
    .addColumn('user_id', 'uuid', (column) => column.primaryKey())
    .addColumn('song_id', 'uuid', (column) => column.notNull())
    .addColumn('player_name', 'text')
    // When the song would have started had it played without pauses: it ends a duration later.
    .addColumn('started_at', 'timestamptz', (column) => column.notNull())
    .execute();

  // A scrobble is a listen the client reports afterwards; the same one sent twice is one play.
  await db.schema
    .alterTable('playback_events')
    .addColumn('scrobbled', 'boolean', (column) => column.notNull().defaultTo(false))
    .execute();
  await sql`create unique index playback_events_scrobbles on playback_events (user_id, song_id, occurred_at) where scrobbled`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index playback_events_scrobbles`.execute(db);
  await db.schema.alterTable('playback_events').dropColumn('scrobbled').execute();
  await db.schema.dropTable('now_playing').execute();
}
