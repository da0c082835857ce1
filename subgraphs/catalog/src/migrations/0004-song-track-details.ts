import { type Kysely, sql } from 'kysely';

/**
 * Track and disc numbers, album artist, composer and sort names read from the tags. Existing rows get
 * nulls: their files were read before these tags were kept, and the album artist falls back to the
 * artist, so every song already belongs to the same album it would have been grouped into by hand.
 *
 * album_artist_folded is what albums and artists are grouped by (folded, so "Björk" and "Bjork" are
 * one); the index lists an album's songs in disc then track order without sorting them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table songs
      add column track_number integer,
      add column track_total integer,
      add column disc_number integer,
      add column disc_total integer,
      add column album_artist text,
      add column composer text,
      add column title_sort text,
      add column artist_sort text,
      add column album_artist_sort text,
      add column album_artist_folded text
        generated always as (catalog_fold(coalesce(album_artist, artist))) stored not null
  `.execute(db);
  await sql`
    create index songs_album_tracks on songs
      (album_artist_folded text_pattern_ops, album_folded text_pattern_ops, disc_number, track_number, title_folded)
      where album_folded <> ''
  `.execute(db);
  await sql`analyze songs`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // The generated column first: it reads album_artist.
  const columns = ['album_artist_folded', 'track_number', 'track_total', 'disc_number', 'disc_total'];
  columns.push('album_artist', 'composer', 'title_sort', 'artist_sort', 'album_artist_sort');
  await sql`alter table songs ${sql.join(columns.map((column) => sql`drop column ${sql.id(column)}`))}`.execute(db);
}
