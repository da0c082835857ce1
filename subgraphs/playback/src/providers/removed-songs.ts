import { sql } from 'kysely';

/**
 * True unless the song in `songIdColumn` was removed from the catalog: an anti-join on the small
 * partial index of removed songs, so lists of songs never join every song playback knows.
 */
export const notRemoved = (songIdColumn: string) =>
  sql<boolean>`not exists (select 1 from known_songs removed where removed.song_id = ${sql.ref(songIdColumn)} and removed.deleted_at is not null)`;
