import { createFeedCursorTable } from '@sp0t1fy/platform';
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The catalog's songs as its song-events feed describes them (the library never reads the catalog's tables).
  await db.schema
    .createTable('known_songs')
    .addColumn('song_id', 'uuid', (column) => column.primaryKey())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('artist', 'text', (column) => column.notNull())
    .addColumn('album', 'text')
    .addColumn('duration_seconds', 'double precision', (column) => column.notNull())
    .addColumn('album_id', 'uuid')
    .addColumn('artist_ids', sql`uuid[]`, (column) => column.notNull().defaultTo(sql`'{}'`))
    // Folded (see providers/m3u.ts fold) when the feed is applied: an import matches its entries on them.
    .addColumn('match_key', 'text', (column) => column.notNull())
    .addColumn('title_key', 'text', (column) => column.notNull())
    .addColumn('deleted_at', 'timestamptz')
    .addColumn('last_seq', 'bigint', (column) => column.notNull())
    .execute();
  await sql`create index known_songs_live_match on known_songs (match_key) where deleted_at is null`.execute(db);
  await sql`create index known_songs_live_titles on known_songs (title_key) where deleted_at is null`.execute(db);
  // An album or artist exists while a live song has it: starring one probes these.
  await sql`create index known_songs_live_albums on known_songs (album_id) where deleted_at is null`.execute(db);
  await sql`create index known_songs_live_artists on known_songs using gin (artist_ids) where deleted_at is null`.execute(
    db,
  );

  // How far the feed has been applied; one row, moved forward in the transaction that applies events.
  await createFeedCursorTable(db, 'song_feed_cursor');

  await db.schema
    .createTable('favourites')
    .addColumn('id', 'bigserial', (column) => column.primaryKey())
    .addColumn('user_id', 'uuid', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull().check(sql`kind in ('SONG', 'ALBUM', 'ARTIST')`))
    .addColumn('target_id', 'uuid', (column) => column.notNull())
    .addColumn('starred_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('favourites_once', ['user_id', 'kind', 'target_id'])
    .execute();
  // A user's favourites of a kind, newest first.
  await sql`create index favourites_newest on favourites (user_id, kind, id desc)`.execute(db);
  // A removed song, album or artist takes its favourites with it.
  await sql`create index favourites_target on favourites (kind, target_id)`.execute(db);

  await db.schema
    .createTable('playlists')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('owner_id', 'uuid', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('description', 'text')
    .addColumn('public', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index playlists_by_owner on playlists (owner_id, updated_at desc, id desc)`.execute(db);

  await db.schema
    .createTable('playlist_entries')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('playlist_id', 'uuid', (column) => column.notNull().references('playlists.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull().check(sql`position >= 0`))
    .addColumn('song_id', 'uuid', (column) => column.notNull())
    .addColumn('added_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
  // One entry per place, checked at commit: a move shifts many positions in one statement.
  await sql`alter table playlist_entries add constraint playlist_entries_one_per_position unique (playlist_id, position) deferrable initially deferred`.execute(
    db,
  );
  await sql`create index playlist_entries_song on playlist_entries (song_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['playlist_entries', 'playlists', 'favourites', 'song_feed_cursor', 'known_songs']) {
    await db.schema.dropTable(table).execute();
  }
}
