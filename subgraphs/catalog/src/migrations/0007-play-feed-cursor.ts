import { createFeedCursorTable } from '@sp0t1fy/platform';
import { type Kysely, sql } from 'kysely';

/** How far the catalog has followed playback's play feed into song_play_counts: one row. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createFeedCursorTable(db, 'play_feed_cursor');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table play_feed_cursor`.execute(db);
}
