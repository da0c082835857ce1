import { type Kysely, sql } from 'kysely';

/**
 * Albums and artists as summary tables, so a page of either is an index range, not a GROUP BY over
 * every song. Triggers keep them in the transaction of every write to songs (whoever writes: an
 * upload, an edit, a deletion, the bench's bulk seed), recomputing only the albums and artists the
 * statement touched, from its transition tables. The grouping rules live in the two refresh
 * functions, which this migration also runs once for the songs already stored:
 *
 * - an album's title, and the album artist's name shown for it, is the spelling most of its songs
 *   carry (a tie: the newest song's); year the most common release year (a tie: the latest); genre the
 *   most common (a tie: the newest song's); cover the first track, in album order, that has one;
 * - an artist is every folded track artist and album artist; named like an album's title; songCount
 *   counts the songs it is the track or album artist of, albumCount the albums it is the album artist of;
 * - sort keys are the folded sort tags (TSO2 for album artists, TSOP for artists) where most songs
 *   carry one, else the folded name; "C" collation, so the order is the same on every database.
 *
 * Writers take one advisory lock before recomputing, so two uploads into one album cannot both
 * delete and insert its row; each statement of a volatile function sees what was committed before
 * the lock was granted. Play counts (song_play_counts, filled from playback's play feed) are summed
 * into albums here too, so an album keeps its plays when it is recomputed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table song_play_counts (
      song_id uuid primary key,
      play_count bigint not null default 0
    )
  `.execute(db);
  await sql`
    create table albums (
      id uuid primary key,
      title text not null,
      artist_id uuid not null,
      artist_name text not null,
      name_sort text collate "C" not null,
      artist_sort text collate "C" not null,
      year integer,
      -- The YEAR sort's key: no year sorts after every year.
      year_key integer not null,
      genre text,
      cover_song_id uuid,
      duration_seconds double precision not null,
      song_count integer not null,
      play_count bigint not null,
      created_at timestamptz not null,
      -- The newest song's seq: unique per album (a song is in one), the NEWEST sort and every tie-break.
      newest_seq bigint not null unique,
      search_text text not null
    )
  `.execute(db);
  await sql`
    create table artists (
      id uuid primary key,
      name text not null,
      name_sort text collate "C" not null,
      search_text text not null,
      album_count integer not null,
      song_count integer not null
    )
  `.execute(db);

  // One index per sort, in the order its keyset pagination reads (album-sorts.ts).
  await sql`create index albums_by_name on albums (name_sort, id)`.execute(db);
  await sql`create index albums_by_artist_name on albums (artist_sort, name_sort, id)`.execute(db);
  await sql`create index albums_by_year on albums (year_key desc, newest_seq desc)`.execute(db);
  await sql`create index albums_by_plays on albums (play_count desc, newest_seq desc)`.execute(db);
  await sql`create index albums_of_artist on albums (artist_id, year_key desc, newest_seq desc)`.execute(db);
  await sql`create index albums_by_genre on albums (lower(genre), newest_seq desc)`.execute(db);
  await sql`create index albums_search_trgm on albums using gin (search_text gin_trgm_ops)`.execute(db);
  await sql`create index artists_by_name on artists (name_sort, id)`.execute(db);
  await sql`create index artists_search_trgm on artists using gin (search_text gin_trgm_ops)`.execute(db);

  // An album's tracks in order: disc, then track; untagged ones (no track number) last, by title.
  await sql`
    create index songs_album_order on songs
      (album_id, (track_number is null), coalesce(disc_number, 1), track_number, title_folded, seq)
      where album_id is not null
  `.execute(db);
  await sql`create index songs_artist_id on songs (artist_id)`.execute(db);
  await sql`create index songs_album_artist_id on songs (album_artist_id)`.execute(db);

  await sql`
    create function catalog_refresh_albums(ids uuid[]) returns void
    language sql volatile
    as $$
      delete from albums where id = any(ids);
      insert into albums (id, title, artist_id, artist_name, name_sort, artist_sort, year, year_key, genre,
                          cover_song_id, duration_seconds, song_count, play_count, created_at, newest_seq, search_text)
      select g.album_id, t.title, g.artist_id, n.name, catalog_group_name(t.title),
             coalesce(so.sort, catalog_group_name(n.name)), y.year, coalesce(y.year, 0), ge.genre, c.id,
             g.duration_seconds, g.song_count, g.play_count, g.created_at, g.newest_seq,
             catalog_fold(t.title) || ' ' || catalog_fold(n.name)
      from (
        select s.album_id, (array_agg(s.album_artist_id))[1] as artist_id,
               sum(s.duration_seconds) as duration_seconds, count(*)::int as song_count,
               coalesce(sum(p.play_count), 0) as play_count, max(s.created_at) as created_at, max(s.seq) as newest_seq
        from songs s left join song_play_counts p on p.song_id = s.id
        where s.album_id = any(ids)
        group by s.album_id
      ) g
      cross join lateral (
        select album as title from songs where album_id = g.album_id
        group by album order by count(*) desc, max(seq) desc limit 1
      ) t
      cross join lateral (
        select coalesce(album_artist, artist) as name from songs where album_id = g.album_id
        group by 1 order by count(*) desc, max(seq) desc limit 1
      ) n
      left join lateral (
        select catalog_group_name(album_artist_sort) as sort from songs
        where album_id = g.album_id and album_artist_sort is not null
        group by 1 order by count(*) desc, max(seq) desc limit 1
      ) so on true
      left join lateral (
        select release_year as year from songs where album_id = g.album_id and release_year is not null
        group by 1 order by count(*) desc, 1 desc limit 1
      ) y on true
      left join lateral (
        select genre from songs where album_id = g.album_id and genre is not null
        group by 1 order by count(*) desc, max(seq) desc limit 1
      ) ge on true
      left join lateral (
        select id from songs where album_id = g.album_id and cover_sha256 is not null
        order by (track_number is null), coalesce(disc_number, 1), track_number, title_folded, seq limit 1
      ) c on true;
    $$
  `.execute(db);

  await sql`
    create function catalog_refresh_artists(ids uuid[]) returns void
    language sql volatile
    as $$
      delete from artists where id = any(ids);
      insert into artists (id, name, name_sort, search_text, album_count, song_count)
      select a.id, n.name, coalesce(so.sort, catalog_group_name(n.name)), catalog_fold(n.name),
             c.album_count, c.song_count
      from (select distinct unnest(ids) as id) a
      cross join lateral (
        select count(*)::int as song_count,
               count(distinct album_id) filter (where album_artist_id = a.id)::int as album_count
        from songs where artist_id = a.id or album_artist_id = a.id
      ) c
      cross join lateral (
        select name from (
          select artist as name, seq from songs where artist_id = a.id
          union all
          select coalesce(album_artist, artist), seq from songs where album_artist_id = a.id
        ) spellings
        group by name order by count(*) desc, max(seq) desc limit 1
      ) n
      left join lateral (
        select catalog_group_name(sort) as sort from (
          select artist_sort as sort, seq from songs where artist_id = a.id and artist_sort is not null
          union all
          select album_artist_sort, seq from songs where album_artist_id = a.id and album_artist_sort is not null
        ) tagged
        group by 1 order by count(*) desc, max(seq) desc limit 1
      ) so on true
      where c.song_count > 0;
    $$
  `.execute(db);

  // 'Song', 'summ': a key of its own in the two-integer space (the song feed's lock is 'Song', 'evts').
  await sql`
    create function catalog_songs_summarise() returns trigger
    language plpgsql
    as $$
    declare
      album_ids uuid[];
      artist_ids uuid[];
    begin
      perform pg_advisory_xact_lock(1399811687, 1937075565);
      if tg_op = 'INSERT' then
        album_ids := array(select album_id from new_songs where album_id is not null);
        artist_ids := array(select artist_id from new_songs union select album_artist_id from new_songs);
      elsif tg_op = 'DELETE' then
        album_ids := array(select album_id from old_songs where album_id is not null);
        artist_ids := array(select artist_id from old_songs union select album_artist_id from old_songs);
      else
        album_ids := array(
          select album_id from new_songs where album_id is not null
          union select album_id from old_songs where album_id is not null
        );
        artist_ids := array(
          select artist_id from new_songs union select album_artist_id from new_songs
          union select artist_id from old_songs union select album_artist_id from old_songs
        );
      end if;
      perform catalog_refresh_albums(array(select distinct unnest(album_ids)));
      perform catalog_refresh_artists(artist_ids);
      return null;
    end
    $$
  `.execute(db);
  // Transition tables allow one event per trigger.
  await sql`
    create trigger songs_summarise_insert after insert on songs
    referencing new table as new_songs for each statement execute function catalog_songs_summarise()
  `.execute(db);
  await sql`
    create trigger songs_summarise_update after update on songs
    referencing old table as old_songs new table as new_songs for each statement execute function catalog_songs_summarise()
  `.execute(db);
  await sql`
    create trigger songs_summarise_delete after delete on songs
    referencing old table as old_songs for each statement execute function catalog_songs_summarise()
  `.execute(db);

  await sql`select catalog_refresh_albums(array(select distinct album_id from songs where album_id is not null))`.execute(
    db,
  );
  await sql`select catalog_refresh_artists(array(select artist_id from songs union select album_artist_id from songs))`.execute(
    db,
  );
  await sql`analyze songs`.execute(db);
  await sql`analyze albums`.execute(db);
  await sql`analyze artists`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const event of ['insert', 'update', 'delete']) {
    await sql`drop trigger ${sql.id(`songs_summarise_${event}`)} on songs`.execute(db);
  }
  await sql`drop function catalog_songs_summarise()`.execute(db);
  await sql`drop function catalog_refresh_albums(uuid[])`.execute(db);
  await sql`drop function catalog_refresh_artists(uuid[])`.execute(db);
  await sql`drop index songs_album_order, songs_artist_id, songs_album_artist_id`.execute(db);
  await sql`drop table albums, artists, song_play_counts`.execute(db);
}
