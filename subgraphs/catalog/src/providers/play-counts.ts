import { createFeedReplica, type PlayFeedEvent } from '@sp0t1fy/platform';
import { type Kysely, sql } from 'kysely';
import type { CatalogDatabase } from '../database.js';

/**
 * The summaries' lock (migration 0006's catalog_songs_summarise): an album recomputed from
 * song_play_counts while plays are added to it would lose them, so both take turns. 'Song', 'summ'.
 */
const SUMMARIES_LOCK = [0x536f6e67, 0x73756d6d] as const;

/**
 * The catalog's play counts, followed from playback's play feed: per song (song_play_counts, for
 * Artist.topSongs) and per album (albums.play_count, for Album.playCount and the MOST_PLAYED sort).
 * A play is counted once and never uncounted, so applying a page only adds.
 */
export function createPlayCounts(db: Kysely<CatalogDatabase>) {
  return createFeedReplica<CatalogDatabase, PlayFeedEvent>(db, 'play_feed_cursor', async (trx, events) => {
    const plays = new Map<string, number>();
    for (const { songId } of events) plays.set(songId, (plays.get(songId) ?? 0) + 1);
    const counted = [...plays].map(([song_id, play_count]) => ({ song_id, play_count }));
    const added = counted.map(({ song_id, play_count }) => ({ song_id, plays: play_count }));

    await sql`select pg_advisory_xact_lock(${SUMMARIES_LOCK[0]}::int, ${SUMMARIES_LOCK[1]}::int)`.execute(trx);
    await trx
      .insertInto('song_play_counts')
      .values(counted)
      .onConflict((conflict) =>
        conflict.column('song_id').doUpdateSet((eb) => ({
          play_count: eb('song_play_counts.play_count', '+', eb.ref('excluded.play_count')),
        })),
      )
      .execute();
    // Plays of songs deleted since count for nobody's album.
    await sql`
        update albums set play_count = albums.play_count + added.plays
        from (
          select songs.album_id, sum(counted.plays) as plays
          from jsonb_to_recordset(${JSON.stringify(added)}::jsonb) as counted(song_id uuid, plays bigint)
          join songs on songs.id = counted.song_id
          where songs.album_id is not null
          group by songs.album_id
        ) as added
        where albums.id = added.album_id
      `.execute(trx);
  });
}
