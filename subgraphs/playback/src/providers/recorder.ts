import type { Kysely, Transaction } from 'kysely';
import type { KnownSong, ListenerStateRow, PlaybackDatabase } from '../database.js';
import type { PlaybackEventView } from './history.js';
import { impliedPosition, type ListenerState, type PlaybackAction, step } from './listening.js';
import { followPlayerEvent } from './now-playing.js';
import { lockPlayFeed } from './play-feed.js';
import type { PlayStats } from './play-stats.js';
import { effectiveDuration } from './positions.js';

export interface PlaybackToRecord {
  userId: string;
  /** A song the replica knows and that is not removed. */
  song: KnownSong;
  action: PlaybackAction;
  /** Already validated; null when the client sent none. */
  positionSeconds: number | null;
}

/**
 * Records one event. The user's listener state row is locked for the transaction, so a user's events
 * are classified one at a time and in order even across instances; the event, the user's totals and
 * the song's play count are written together or not at all.
 */
export function createPlaybackRecorder(db: Kysely<PlaybackDatabase>, playStats: PlayStats) {
  return {
    async record({ userId, song, action, positionSeconds }: PlaybackToRecord): Promise<PlaybackEventView> {
      const durationSeconds = effectiveDuration(song.duration_seconds);
      const { event, countsAsPlay } = await db.transaction().execute(async (trx) => {
        // Creates the row on a user's first event; either way it comes back locked.
        const locked = await trx
          .insertInto('listener_states')
          .values({ user_id: userId })
          .onConflict((conflict) =>
            conflict.column('user_id').doUpdateSet((eb) => ({ user_id: eb.ref('excluded.user_id') })),
          )
          .returningAll()
          .executeTakeFirstOrThrow();
        const previous = toListenerState(locked);
        const occurredAt = new Date();
        const at = occurredAt.getTime();
        const position =
          positionSeconds === null
            ? impliedPosition(previous, { songId: song.song_id, durationSeconds, action, at })
            : Math.min(positionSeconds, durationSeconds);
        const result = step(previous, { songId: song.song_id, durationSeconds, action, positionSeconds: position, at });

        if (result.countsAsPlay) await lockPlayFeed(trx);
        const inserted = await trx
          .insertInto('playback_events')
          .values({
            user_id: userId,
            song_id: song.song_id,
            action,
            position_seconds: position,
            occurred_at: occurredAt,
            counts_as_play: result.countsAsPlay,
            seconds_listened: result.secondsListened,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        const { state } = result;
        await trx
          .updateTable('listener_states')
          .set((eb) => ({
            song_id: state.songId,
            duration_seconds: state.durationSeconds,
            last_action: state.lastAction,
            last_position: state.lastPosition,
            last_at: new Date(state.lastAt),
            stretch_position: state.stretch?.position ?? null,
            stretch_started_at: state.stretch ? new Date(state.stretch.at) : null,
            listen_seconds: state.listenSeconds,
            event_count: eb('event_count', '+', 1),
            play_count: eb('play_count', '+', result.countsAsPlay ? 1 : 0),
            seconds_listened: eb('seconds_listened', '+', result.secondsListened),
          }))
          .where('user_id', '=', userId)
          .execute();
        if (result.countsAsPlay) await countPlay(trx, song.song_id, occurredAt);
        await followPlayerEvent(trx, {
          userId,
          songId: song.song_id,
          action,
          positionSeconds: position,
          at: occurredAt,
        });
        return { event: inserted, countsAsPlay: result.countsAsPlay };
      });
      if (countsAsPlay) await playStats.playCounted(song.song_id);
      return {
        ...event,
        song_title: song.title,
        song_artist: song.artist,
        song_deleted_at: song.deleted_at,
      };
    },
  };
}

export type PlaybackRecorder = ReturnType<typeof createPlaybackRecorder>;

/** The song's all-time count, in the transaction that records the play. */
export async function countPlay(trx: Transaction<PlaybackDatabase>, songId: string, playedAt: Date): Promise<void> {
  await trx
    .insertInto('song_play_counts')
    .values({ song_id: songId, play_count: 1, last_played_at: playedAt })
    .onConflict((conflict) =>
      conflict.column('song_id').doUpdateSet((eb) => ({
        play_count: eb('song_play_counts.play_count', '+', 1),
        last_played_at: eb.fn('greatest', ['song_play_counts.last_played_at', 'excluded.last_played_at']),
      })),
    )
    .execute();
}

function toListenerState(row: ListenerStateRow): ListenerState | null {
  if (row.song_id === null || row.last_action === null || row.last_position === null || row.last_at === null) {
    return null;
  }
  return {
    songId: row.song_id,
    durationSeconds: effectiveDuration(row.duration_seconds),
    lastAction: row.last_action,
    lastPosition: row.last_position,
    lastAt: row.last_at.getTime(),
    stretch:
      row.stretch_position !== null && row.stretch_started_at !== null
        ? { position: row.stretch_position, at: row.stretch_started_at.getTime() }
        : null,
    listenSeconds: row.listen_seconds,
  };
}
