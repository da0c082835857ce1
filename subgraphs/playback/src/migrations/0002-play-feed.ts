import { type Kysely, sql } from 'kysely';

/**
 * The play feed (GET /internal/play-events, platform/src/contracts/play-feed.ts) reads counted plays
 * in id order from a position: this index holds exactly them, so a page is one range scan however
 * many uncounted events (pauses, seeks) lie between.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index playback_events_counted on playback_events (id) include (song_id) where counts_as_play`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index playback_events_counted`.execute(db);
}
