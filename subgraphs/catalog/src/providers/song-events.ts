import type { SongFeedEventJson, SongFeedEventType } from '@sp0t1fy/platform';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { CatalogDatabase, SongEventRow, SongRow } from '../database.js';

/**
 * Records a change in the transaction that makes it. Writers take a lock first, so sequence numbers
 * become visible in order: without it a follower could read seq 6 while seq 5, still uncommitted,
 * is later committed behind its position and never seen. The lock is held until commit; song changes
 * are rare enough that serialising them costs nothing.
 */
export async function appendSongEvent(
  trx: Transaction<CatalogDatabase>,
  type: SongFeedEventType,
  song: Pick<
    SongRow,
    'id' | 'title' | 'artist' | 'album' | 'duration_seconds' | 'album_id' | 'artist_id' | 'album_artist_id'
  >,
): Promise<void> {
  // The two-integer key space is separate from the blob locks' single bigint keys.
  await sql`select pg_advisory_xact_lock(${EVENTS_LOCK[0]}::int, ${EVENTS_LOCK[1]}::int)`.execute(trx);
  await trx
    .insertInto('song_events')
    .values({
      type,
      song_id: song.id,
      title: song.title,
      artist: song.artist,
      album: song.album,
      duration_seconds: song.duration_seconds,
      album_id: song.album_id,
      artist_ids: [...new Set([song.artist_id, song.album_artist_id])],
    })
    .execute();
}

/** 'Song', 'evts' */
const EVENTS_LOCK = [0x536f6e67, 0x65767473] as const;

/** Events after `after`, oldest first. */
export async function readSongEvents(
  db: Kysely<CatalogDatabase>,
  after: number,
  limit: number,
): Promise<SongFeedEventJson[]> {
  const rows = await db
    .selectFrom('song_events')
    .selectAll()
    .where('seq', '>', after)
    .orderBy('seq', 'asc')
    .limit(limit)
    .execute();
  return rows.map(toSongEvent);
}

function toSongEvent(row: SongEventRow): SongFeedEventJson {
  return {
    seq: Number(row.seq),
    type: row.type,
    songId: row.song_id,
    title: row.title,
    artist: row.artist,
    album: row.album,
    durationSeconds: row.duration_seconds,
    albumId: row.album_id,
    artistIds: row.artist_ids,
    occurredAt: new Date(row.occurred_at).toISOString(),
  };
}
