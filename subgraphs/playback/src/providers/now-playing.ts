import { type Kysely, sql, type Transaction } from 'kysely';
import type { PlaybackDatabase } from '../database.js';
import type { PlaybackAction } from './listening.js';
import { MAX_POSITION_SECONDS } from './positions.js';

/** The player the web app's events stand for. */
export const WEB_PLAYER_NAME = 'Sp0t1fy web';
/** A client's name for itself is shown to every user: bounded like any other label. */
export const PLAYER_NAME_MAX_LENGTH = 100;

export interface NowPlayingRow {
  user_id: string;
  song_id: string;
  player_name: string | null;
  started_at: Date;
}

type Executor = Kysely<PlaybackDatabase> | Transaction<PlaybackDatabase>;

/**
 * Who is listening to what. A row lives until its song would have ended or the user pauses, stops or
 * completes it; expired rows are not deleted, only left out, and the next event replaces them.
 */
export function createNowPlaying(db: Kysely<PlaybackDatabase>) {
  return {
    /** Everyone listening now, latest start first; removed songs are left out. */
    list(now = new Date()): Promise<NowPlayingRow[]> {
      return (
        db
          .selectFrom('now_playing as now')
          .innerJoin('known_songs as songs', 'songs.song_id', 'now.song_id')
          .select(['now.user_id', 'now.song_id', 'now.player_name', 'now.started_at'])
          .where('songs.deleted_at', 'is', null)
          // A song without a known duration gets the longest allowed, like positions (positions.ts).
          .where(
            sql<boolean>`now.started_at + make_interval(secs => coalesce(nullif(songs.duration_seconds, 0), ${MAX_POSITION_SECONDS})) > ${now}`,
          )
          .orderBy('now.started_at', 'desc')
          .orderBy('now.user_id')
          .execute()
      );
    },

    /** A client saying what it plays (Subsonic's scrobble with submission=false). */
    report(row: NowPlayingRow): Promise<void> {
      return upsert(db, row);
    },
  };
}

export type NowPlaying = ReturnType<typeof createNowPlaying>;

/**
 * Follows a web player event, inside the transaction that records it: PLAY and RESUME start (or
 * restart) the row at the event's position, a SEEK of the song playing moves it, and PAUSE, STOP and
 * COMPLETE end it.
 */
export async function followPlayerEvent(
  trx: Transaction<PlaybackDatabase>,
  event: { userId: string; songId: string; action: PlaybackAction; positionSeconds: number; at: Date },
): Promise<void> {
  const startedAt = new Date(event.at.getTime() - event.positionSeconds * 1000);
  switch (event.action) {
    case 'PLAY':
    case 'RESUME':
      await upsert(trx, {
        user_id: event.userId,
        song_id: event.songId,
        player_name: WEB_PLAYER_NAME,
        started_at: startedAt,
      });
      return;
    case 'SEEK':
      await trx
        .updateTable('now_playing')
        .set({ started_at: startedAt })
        .where('user_id', '=', event.userId)
        .where('song_id', '=', event.songId)
        .execute();
      return;
    case 'PAUSE':
    case 'STOP':
    case 'COMPLETE':
      await trx.deleteFrom('now_playing').where('user_id', '=', event.userId).execute();
      return;
  }
}

async function upsert(db: Executor, row: NowPlayingRow): Promise<void> {
  await db
    .insertInto('now_playing')
    .values(row)
    .onConflict((conflict) =>
      conflict.column('user_id').doUpdateSet((eb) => ({
        song_id: eb.ref('excluded.song_id'),
        player_name: eb.ref('excluded.player_name'),
        started_at: eb.ref('excluded.started_at'),
      })),
    )
    .execute();
}
