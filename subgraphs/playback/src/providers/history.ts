import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { PlaybackDatabase } from '../database.js';
import type { PlaybackAction } from './listening.js';
import { notRemoved } from './removed-songs.js';

/** An event with what the replica knows of its song; the song columns are null if it never knew it. */
export interface PlaybackEventView {
  id: number;
  user_id: string;
  song_id: string;
  action: PlaybackAction;
  position_seconds: number;
  occurred_at: Date;
  song_title: string | null;
  song_artist: string | null;
  song_deleted_at: Date | null;
}

/** A user's events latest first, after the event `afterId` (the cursor) when given. */
export function historyPageQuery(db: Kysely<PlaybackDatabase>, userId: string, afterId: number | null, limit: number) {
  let query = db
    .selectFrom('playback_events as events')
    .leftJoin('known_songs as songs', 'songs.song_id', 'events.song_id')
    .select([
      'events.id',
      'events.user_id',
      'events.song_id',
      'events.action',
      'events.position_seconds',
      'events.occurred_at',
      'songs.title as song_title',
      'songs.artist as song_artist',
      'songs.deleted_at as song_deleted_at',
    ])
    .where('events.user_id', '=', userId);
  if (afterId !== null) {
    // The cursor's own row gives the exact (occurred_at, id) to continue below, at the database's precision.
    query = query.where(
      sql<boolean>`(events.occurred_at, events.id) < (select c.occurred_at, c.id from playback_events c where c.id = ${afterId} and c.user_id = ${userId})`,
    );
  }
  return query.orderBy('events.occurred_at', 'desc').orderBy('events.id', 'desc').limit(limit);
}

/** A user's plays per song: how many and the latest. */
function userPlaysPerSong(db: Kysely<PlaybackDatabase>, userId: string) {
  return db
    .selectFrom('playback_events')
    .select((eb) => ['song_id', eb.fn.countAll<number>().as('plays'), eb.fn.max('occurred_at').as('last_played_at')])
    .where('user_id', '=', userId)
    .where('counts_as_play', '=', true)
    .groupBy('song_id');
}

/** The songs a user started listening to, each once, latest first; removed songs left out. */
export function recentlyPlayedQuery(db: Kysely<PlaybackDatabase>, userId: string, first: number) {
  return db
    .selectFrom(userPlaysPerSong(db, userId).as('mine'))
    .select('mine.song_id')
    .where(notRemoved('mine.song_id'))
    .orderBy('mine.last_played_at', 'desc')
    .orderBy('mine.song_id')
    .limit(first);
}

export function userTopSongsQuery(db: Kysely<PlaybackDatabase>, userId: string, first: number) {
  return db
    .selectFrom(userPlaysPerSong(db, userId).as('mine'))
    .select(['mine.song_id', 'mine.plays'])
    .where(notRemoved('mine.song_id'))
    .orderBy('mine.plays', 'desc')
    .orderBy('mine.last_played_at', 'desc')
    .orderBy('mine.song_id')
    .limit(first);
}

/**
 * Plays per artist, removed songs included: the listening happened. Counted per song first, then
 * each song's artist is looked up by key, so the cost follows the user's songs, not the library.
 */
export function userTopArtistsQuery(db: Kysely<PlaybackDatabase>, userId: string, first: number) {
  return db
    .selectFrom(userPlaysPerSong(db, userId).as('mine'))
    .select((eb) => [
      eb.fn
        .coalesce(
          eb.selectFrom('known_songs as songs').select('songs.artist').whereRef('songs.song_id', '=', 'mine.song_id'),
          sql.lit('Unknown artist'),
        )
        .as('artist'),
      sql<number>`sum(mine.plays)::int`.as('plays'),
    ])
    .groupBy('artist')
    .orderBy('plays', 'desc')
    .orderBy('artist')
    .limit(first);
}

export function userDistinctSongsQuery(db: Kysely<PlaybackDatabase>, userId: string) {
  return db
    .selectFrom('playback_events')
    .select((eb) => eb.fn.count<number>('song_id').distinct().as('songs'))
    .where('user_id', '=', userId)
    .where('counts_as_play', '=', true);
}

export interface ListenerTotals {
  eventCount: number;
  playCount: number;
  secondsListened: number;
}

/** A user's history and stats; callers check that the viewer is that user. */
export function createListeningHistory(db: Kysely<PlaybackDatabase>) {
  return {
    async page(userId: string, afterId: number | null, first: number) {
      const rows: PlaybackEventView[] = await historyPageQuery(db, userId, afterId, first + 1).execute();
      return { events: rows.slice(0, first), hasNextPage: rows.length > first };
    },

    async recentlyPlayed(userId: string, first: number): Promise<string[]> {
      return (await recentlyPlayedQuery(db, userId, first).execute()).map((row) => row.song_id);
    },

    /** Kept with every event, so a user with a long history costs one key lookup. */
    async totals(userIds: readonly string[]): Promise<ListenerTotals[]> {
      const rows = await db
        .selectFrom('listener_states')
        .select(['user_id', 'event_count', 'play_count', 'seconds_listened'])
        .where('user_id', 'in', userIds)
        .execute();
      const byUser = new Map(rows.map((row) => [row.user_id, row]));
      return userIds.map((id) => {
        const row = byUser.get(id);
        return {
          eventCount: row?.event_count ?? 0,
          playCount: row?.play_count ?? 0,
          secondsListened: row?.seconds_listened ?? 0,
        };
      });
    },

    async distinctSongs(userId: string): Promise<number> {
      return (await userDistinctSongsQuery(db, userId).executeTakeFirstOrThrow()).songs;
    },

    topArtists: (userId: string, first: number) => userTopArtistsQuery(db, userId, first).execute(),
    topSongs: (userId: string, first: number) => userTopSongsQuery(db, userId, first).execute(),
  };
}

export type ListeningHistory = ReturnType<typeof createListeningHistory>;
