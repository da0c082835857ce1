import type { Kysely } from 'kysely';
import type { KnownSong, PlaybackDatabase } from '../database.js';
import type { PlaybackEventView } from './history.js';
import { lockPlayFeed } from './play-feed.js';
import type { PlayStats } from './play-stats.js';
import { countPlay } from './recorder.js';

/**
 * Listens a client reports after the fact (Subsonic's scrobble): each is one counted play at its own
 * time, in history, the user's totals, the song's count and the play feed. It leaves the listener
 * state alone: it says nothing about what the web player is doing now.
 */
export function createScrobbles(db: Kysely<PlaybackDatabase>, playStats: PlayStats) {
  return {
    /** The play, or the one already recorded for this user, song and time (a client retrying). */
    async record({
      userId,
      song,
      playedAt,
    }: {
      userId: string;
      song: KnownSong;
      playedAt: Date;
    }): Promise<PlaybackEventView> {
      const { event, counted } = await db.transaction().execute(async (trx) => {
        // The user's state row, locked: the same scrobble sent twice at once is checked one after the other.
        await trx
          .insertInto('listener_states')
          .values({ user_id: userId })
          .onConflict((conflict) =>
            conflict.column('user_id').doUpdateSet((eb) => ({ user_id: eb.ref('excluded.user_id') })),
          )
          .execute();
        const existing = await trx
          .selectFrom('playback_events')
          .selectAll()
          .where('user_id', '=', userId)
          .where('song_id', '=', song.song_id)
          .where('occurred_at', '=', playedAt)
          .where('scrobbled', '=', true)
          .executeTakeFirst();
        if (existing) return { event: existing, counted: false };

        await lockPlayFeed(trx);
        const inserted = await trx
          .insertInto('playback_events')
          .values({
            user_id: userId,
            song_id: song.song_id,
            action: 'PLAY',
            position_seconds: 0,
            occurred_at: playedAt,
            counts_as_play: true,
            seconds_listened: 0,
            scrobbled: true,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await trx
          .updateTable('listener_states')
          .set((eb) => ({ event_count: eb('event_count', '+', 1), play_count: eb('play_count', '+', 1) }))
          .where('user_id', '=', userId)
          .execute();
        await countPlay(trx, song.song_id, playedAt);
        return { event: inserted, counted: true };
      });
      if (counted) await playStats.playCounted(song.song_id);
      return { ...event, song_title: song.title, song_artist: song.artist, song_deleted_at: song.deleted_at };
    },
  };
}

export type Scrobbles = ReturnType<typeof createScrobbles>;
