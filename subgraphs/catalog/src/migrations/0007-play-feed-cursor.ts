import { type Kysely, sql } from 'kysely';

/** How far the catalog has followed playback's play feed into song_play_counts: one row. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table play_feed_cursor (
      id boolean primary key default true check (id),
      last_seq bigint not null default 0
    )
  `.execute(db);
  await sql`insert into play_feed_cursor (id, last_seq) values (true, 0)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table play_feed_cursor`.execute(db);
}
