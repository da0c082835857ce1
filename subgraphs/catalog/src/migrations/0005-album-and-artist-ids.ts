import { type Kysely, sql } from 'kysely';

/**
 * Albums and artists get stable ids derived from what groups them, so the same album keeps its id
 * however many of its songs come and go, and other services can key their data (favourites) on it:
 * an album is (folded album artist, folded title), an artist a folded name. UUID-shaped md5 digests:
 * the same text always gives the same id, on every database, with nothing to allocate or look up.
 *
 * PostgreSQL does not let a generated column read another, so each repeats its fold. The song feed
 * carries the ids (album_id, artist_ids) so followers need not know the rule; events written before
 * this migration get theirs from what they recorded, the artist standing in for the album artist as it
 * did for every song stored then.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // What names are grouped by: folded, and runs of spaces counted as one, so "Homogenic " is Homogenic.
  await sql`
    create function catalog_group_name(name text) returns text
    language sql immutable strict parallel safe
    as $$ select btrim(regexp_replace(catalog_fold(name), '\s+', ' ', 'g')) $$
  `.execute(db);
  await sql`
    create function catalog_album_id(album_artist text, album text) returns uuid
    language sql immutable parallel safe
    as $$ select case when catalog_group_name(coalesce(album, '')) = '' then null
      else md5('album' || chr(10) || catalog_group_name(album_artist) || chr(10) || catalog_group_name(album))::uuid end $$
  `.execute(db);
  await sql`
    create function catalog_artist_id(name text) returns uuid
    language sql immutable strict parallel safe
    as $$ select md5('artist' || chr(10) || catalog_group_name(name))::uuid $$
  `.execute(db);
  await sql`
    alter table songs
      add column album_id uuid generated always as (catalog_album_id(coalesce(album_artist, artist), album)) stored,
      add column artist_id uuid generated always as (catalog_artist_id(artist)) stored not null,
      add column album_artist_id uuid generated always as (catalog_artist_id(coalesce(album_artist, artist))) stored not null
  `.execute(db);
  await sql`
    alter table song_events
      add column album_id uuid,
      add column artist_ids uuid[] not null default '{}'
  `.execute(db);
  await sql`
    update song_events
      set album_id = catalog_album_id(artist, album), artist_ids = array[catalog_artist_id(artist)]
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table song_events drop column album_id, drop column artist_ids`.execute(db);
  await sql`alter table songs drop column album_id, drop column artist_id, drop column album_artist_id`.execute(db);
  await sql`drop function catalog_album_id(text, text)`.execute(db);
  await sql`drop function catalog_artist_id(text)`.execute(db);
  await sql`drop function catalog_group_name(text)`.execute(db);
}
