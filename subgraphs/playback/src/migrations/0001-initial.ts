import { createFeedCursorTable } from '@sp0t1fy/platform';
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The catalog's songs as its song-events feed describes them (playback never reads the catalog's tables).
  await db.schema
    .createTable('known_songs')
    .addColumn('song_id', 'uuid', (column) => column.primaryKey())
    .addColumn('title', 'text')
    .addColumn('artist', 'text')
    .addColumn('album', 'text')
    .addColumn('duration_seconds', 'double precision')
    .addColumn('deleted_at', 'timestamptz')
    // The feed sequence this row reflects: a replayed or older event never overwrites a newer one.
    .addColumn('last_seq', 'bigint', (column) => column.notNull())
    .execute();
  // Removed songs are few: lists leave them out by probing this small index instead of joining every song.
  await sql`create index known_songs_removed on known_songs (song_id) where deleted_at is not null`.execute(db);

  // How far the feed has been applied; one row, moved forward in the transaction that applies events.
  await createFeedCursorTable(db, 'song_feed_cursor');

  await db.schema
    .createTable('playback_events')
    .addColumn('id', 'bigserial', (column) => column.primaryKey())
    .addColumn('user_id', 'uuid', (column) => column.notNull())
    .addColumn('song_id', 'uuid', (column) => column.notNull())
    .addColumn('action', 'text', (column) =>
      column.notNull().check(sql`action in ('PLAY', 'PAUSE', 'RESUME', 'SEEK', 'STOP', 'COMPLETE')`),
    )
    .addColumn('position_seconds', 'double precision', (column) => column.notNull().check(sql`position_seconds >= 0`))
    .addColumn('occurred_at', 'timestamptz', (column) => column.notNull())
    // Decided when the event arrives, from the user's listener state (see providers/listening.ts).
    .addColumn('counts_as_play', 'boolean', (column) => column.notNull())
    .addColumn('seconds_listened', 'double precision', (column) => column.notNull().defaultTo(0))
    .execute();
  // History pages: a user's events, latest first.
  await sql`create index playback_events_history on playback_events (user_id, occurred_at desc, id desc)`.execute(db);
  // myPlayCount, recentlyPlayed and a user's stats: their plays per song.
  await sql`create index playback_events_user_plays on playback_events (user_id, song_id, occurred_at) where counts_as_play`.execute(
    db,
  );
  // Charts since a date: plays in a time range, song ids read from the index alone.
  await sql`create index playback_events_plays_by_time on playback_events (occurred_at) include (song_id) where counts_as_play`.execute(
    db,
  );

  // Each user's place in their listening, locked while an event is classified, and their running totals.
  await db.schema
    .createTable('listener_states')
    .addColumn('user_id', 'uuid', (column) => column.primaryKey())
    .addColumn('song_id', 'uuid')
    .addColumn('duration_seconds', 'double precision')
    .addColumn('last_action', 'text')
    .addColumn('last_position', 'double precision')
    .addColumn('last_at', 'timestamptz')
    .addColumn('stretch_position', 'double precision')
    .addColumn('stretch_started_at', 'timestamptz')
    .addColumn('listen_seconds', 'double precision', (column) => column.notNull().defaultTo(0))
    .addColumn('event_count', 'bigint', (column) => column.notNull().defaultTo(0))
    .addColumn('play_count', 'bigint', (column) => column.notNull().defaultTo(0))
    .addColumn('seconds_listened', 'double precision', (column) => column.notNull().defaultTo(0))
    .execute();

  // Play counts per song, kept with each play: playCount is a key lookup and the all-time chart an index walk.
  await db.schema
    .createTable('song_play_counts')
    .addColumn('song_id', 'uuid', (column) => column.primaryKey())
    .addColumn('play_count', 'bigint', (column) => column.notNull())
    .addColumn('last_played_at', 'timestamptz', (column) => column.notNull())
    .execute();
  await sql`create index song_play_counts_chart on song_play_counts (play_count desc, last_played_at desc, song_id)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['song_play_counts', 'listener_states', 'playback_events', 'song_feed_cursor', 'known_songs']) {
    await db.schema.dropTable(table).execute();
  }
}
