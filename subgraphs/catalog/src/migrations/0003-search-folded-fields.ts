import { type Kysely, sql } from 'kysely';

/**
 * Search ranks a match by the field that is, or starts with, the whole query (song-search.ts), and
 * reads a common one newest first, checking each song it passes: stored folded fields make that check
 * a string comparison instead of unaccent over three fields per song, and make ranking a few hundred
 * matches in one scan cheap. They replace search_text (the three folded together): matching uses
 * their concatenation, indexed the same way, so songs are no wider than before and counting a common
 * word reads no more pages. One table rewrite computes them for the songs already stored.
 *
 * text_pattern_ops answers both `=` and `LIKE 'prefix%'` whatever the database's collation; seq lists
 * one exact field newest first. ANALYZE gives the planner their values, so it knows a common prefix
 * from a rare one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table songs
      drop column search_text,
      add column title_folded text generated always as (catalog_fold(title)) stored not null,
      add column artist_folded text generated always as (catalog_fold(artist)) stored not null,
      add column album_folded text generated always as (catalog_fold(coalesce(album, ''))) stored not null
  `.execute(db);
  await sql`
    create index songs_search_trgm on songs
    using gin ((title_folded || ' ' || artist_folded || ' ' || album_folded) gin_trgm_ops)
  `.execute(db);
  for (const field of ['title', 'artist', 'album']) {
    await sql`create index ${sql.id(`songs_${field}_folded`)} on songs (${sql.id(`${field}_folded`)} text_pattern_ops, seq)`.execute(
      db,
    );
  }
  await sql`analyze songs`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table songs
      drop column title_folded,
      drop column artist_folded,
      drop column album_folded,
      add column search_text text generated always as (catalog_fold(title || ' ' || artist || ' ' || coalesce(album, ''))) stored not null
  `.execute(db);
  await sql`create index songs_search_text_trgm on songs using gin (search_text gin_trgm_ops)`.execute(db);
}
