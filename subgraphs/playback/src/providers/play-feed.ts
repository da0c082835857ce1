import type { PlayFeedEventJson } from '@sp0t1fy/platform';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { PlaybackDatabase } from '../database.js';

/**
 * A counted play's id is taken under this lock, held until its transaction commits, so counted plays
 * become visible in id order: without it a follower could read play 6 while play 5, still
 * uncommitted, is later committed behind its cursor and never counted. Uncounted events (pauses,
 * seeks) are not in the feed and take no lock. 'Play', 'feed'.
 */
export async function lockPlayFeed(trx: Transaction<PlaybackDatabase>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${0x506c6179}::int, ${0x66656564}::int)`.execute(trx);
}

/** Counted plays after `after`, oldest first. */
export async function readPlayEvents(
  db: Kysely<PlaybackDatabase>,
  after: number,
  limit: number,
): Promise<PlayFeedEventJson[]> {
  const rows = await db
    .selectFrom('playback_events')
    .select(['id', 'song_id'])
    .where('counts_as_play', '=', true)
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ seq: Number(row.id), songId: row.song_id }));
}
