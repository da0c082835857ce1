import { type Kysely, sql, type Transaction } from 'kysely';
import type { CatalogDatabase, SongLyricsRow } from '../../database.js';
import type { ParsedLyrics } from './lrc-parser.js';

export type LyricsSource = SongLyricsRow['source'];

/** Song lyrics, one row per song and source; an uploaded .lrc wins over the tags. */
export function createLyricsRepository(db: Kysely<CatalogDatabase>) {
  return {
    /** Replaces the song's lyrics from `source` (inside the caller's transaction, when given). */
    async replace(
      songId: string,
      source: LyricsSource,
      lyrics: ParsedLyrics,
      trx: Transaction<CatalogDatabase> | Kysely<CatalogDatabase> = db,
    ): Promise<void> {
      const row = { synced: lyrics.synced, lines: JSON.stringify(lyrics.lines), plain: lyrics.plain };
      await trx
        .insertInto('song_lyrics')
        .values({ song_id: songId, source, ...row })
        .onConflict((conflict) =>
          conflict.columns(['song_id', 'source']).doUpdateSet({ ...row, updated_at: sql`now()` }),
        )
        .execute();
    },

    /** True when there was something to remove. */
    async remove(songId: string, source: LyricsSource): Promise<boolean> {
      const result = await db
        .deleteFrom('song_lyrics')
        .where('song_id', '=', songId)
        .where('source', '=', source)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    /** Each song's lyrics to show (uploaded before tags), in one statement; null for a song with none. */
    async shownFor(songIds: readonly string[]): Promise<Array<SongLyricsRow | null>> {
      const rows = await db
        .selectFrom('song_lyrics')
        .selectAll()
        .where('song_id', 'in', [...songIds])
        .orderBy('song_id')
        // 'UPLOADED' sorts after 'TAGS': descending puts it first.
        .orderBy('source', 'desc')
        .execute();
      const shown = new Map<string, SongLyricsRow>();
      for (const row of rows) if (!shown.has(row.song_id)) shown.set(row.song_id, row);
      return songIds.map((id) => shown.get(id) ?? null);
    },
  };
}

export type LyricsRepository = ReturnType<typeof createLyricsRepository>;
