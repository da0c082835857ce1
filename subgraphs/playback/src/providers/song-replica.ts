import { collapseSongEvents, createFeedReplica, isUuid, type SongChange, type SongFeedEvent } from '@sp0t1fy/platform';
import type { Kysely } from 'kysely';
import type { KnownSong, PlaybackDatabase } from '../database.js';

/** Playback's copy of the catalog's songs, and how far it has followed the feed (platform's createFeedReplica). */
export function createSongReplica(db: Kysely<PlaybackDatabase>) {
  return {
    async find(songId: string): Promise<KnownSong | undefined> {
      if (!isUuid(songId)) return undefined;
      return db.selectFrom('known_songs').selectAll().where('song_id', '=', songId).executeTakeFirst();
    },

    // Every row remembers its seq, so an older event never overwrites a newer one.
    ...createFeedReplica<PlaybackDatabase, SongFeedEvent>(db, 'song_feed_cursor', async (trx, events) => {
      await trx
        .insertInto('known_songs')
        .values(collapseSongEvents(events).map(toRow))
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
    }),
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
