import { collapseSongEvents, isUuid, type SongChange, type SongFeedEvent, type SyncResult } from '@sp0t1fy/platform';
import type { Kysely } from 'kysely';
import type { KnownSong, PlaybackDatabase } from '../database.js';

/** Playback's copy of the catalog's songs, and how far it has followed the feed. */
export function createSongReplica(db: Kysely<PlaybackDatabase>) {
  return {
    async find(songId: string): Promise<KnownSong | undefined> {
      if (!isUuid(songId)) return undefined;
      return db.selectFrom('known_songs').selectAll().where('song_id', '=', songId).executeTakeFirst();
    },

    async cursor(): Promise<number> {
      const row = await db.selectFrom('song_feed_cursor').select('last_seq').executeTakeFirstOrThrow();
      return row.last_seq;
    },

    /**
     * Applies a page of the feed and advances the cursor in one transaction. The cursor row is
     * locked, so instances following the same feed take turns and skip what another already
     * applied; every row also remembers its seq, so an older event never overwrites a newer one.
     */
    async apply(events: readonly SongFeedEvent[]): Promise<SyncResult> {
      return db.transaction().execute(async (trx) => {
        const { last_seq: cursor } = await trx
          .selectFrom('song_feed_cursor')
          .select('last_seq')
          .forUpdate()
          .executeTakeFirstOrThrow();
        const fresh = events.filter((event) => event.seq > cursor).sort((a, b) => a.seq - b.seq);
        if (fresh.length === 0) return { applied: 0, cursor };

        await trx
          .insertInto('known_songs')
          .values(collapseSongEvents(fresh).map(toRow))
          .onConflict((conflict) =>
            conflict
              .column('song_id')
              .doUpdateSet((eb) => ({
                title: eb.ref('excluded.title'),
                artist: eb.ref('excluded.artist'),
                album: eb.ref('excluded.album'),
                duration_seconds: eb.ref('excluded.duration_seconds'),
                deleted_at: eb.fn.coalesce('known_songs.deleted_at', 'excluded.deleted_at'),
                last_seq: eb.ref('excluded.last_seq'),
              }))
              .whereRef('known_songs.last_seq', '<', 'excluded.last_seq'),
          )
          .execute();
        const newCursor = fresh[fresh.length - 1]!.seq;
        await trx.updateTable('song_feed_cursor').set({ last_seq: newCursor }).execute();
        return { applied: fresh.length, cursor: newCursor };
      });
    },
  };
}

export type SongReplica = ReturnType<typeof createSongReplica>;

const toRow = (change: SongChange) => ({
  song_id: change.songId,
  title: change.title,
  artist: change.artist,
  album: change.album,
  duration_seconds: change.durationSeconds,
  deleted_at: change.deletedAt,
  last_seq: change.seq,
});
