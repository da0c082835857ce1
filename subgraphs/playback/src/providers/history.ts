import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { PlaybackDatabase } from '../database.js';
import type { PlaybackAction } from './listening.js';

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

/** The songs a user started listening to, each once, latest first; removed songs left out. */
export function recentlyPlayedQuery(db: Kysely<PlaybackDatabase>, userId: string, first: number) {
  return db
    .selectFrom('playback_events as events')
    .innerJoin('known_songs as songs', 'songs.song_id', 'events.song_id')
    .select('events.song_id')
    .where('events.user_id', '=', userId)
    .where('events.counts_as_play', '=', true)
    .where('songs.deleted_at', 'is', null)
    .groupBy('events.song_id')
    .orderBy((eb) => eb.fn.max('events.occurred_at'), 'desc')
    .orderBy('events.song_id')
    .limit(first);
}

export function userTopSongsQuery(db: Kysely<PlaybackDatabase>, userId: string, first: number) {
  return db
    .selectFrom('playback_events as events')
    .innerJoin('known_songs as songs', 'songs.song_id', 'events.song_id')
    .select((eb) => ['events.song_id', eb.fn.countAll<number>().as('plays')])
    .where('events.user_id', '=', userId)
    .where('events.counts_as_play', '=', true)
    .where('songs.deleted_at', 'is', null)
    .groupBy('events.song_id')
    .orderBy('plays', 'desc')
    .orderBy((eb) => eb.fn.max('events.occurred_at'), 'desc')
    .orderBy('events.song_id')
    .limit(first);
}

/** Plays per artist, removed songs included: the listening happened. */
export function userTopArtistsQuery(db: Kysely<PlaybackDatabase>, userId: string, first: number) {
  return db
    .selectFrom('playback_events as events')
    .innerJoin('known_songs as songs', 'songs.song_id', 'events.song_id')
    .select((eb) => [
      eb.fn.coalesce('songs.artist', sql.lit('Unknown artist')).as('artist'),
      eb.fn.countAll<number>().as('plays'),
    ])
    .where('events.user_id', '=', userId)
    .where('events.counts_as_play', '=', true)
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
    async totals(userId: string): Promise<ListenerTotals> {
      const row = await db
        .selectFrom('listener_states')
        .select(['event_count', 'play_count', 'seconds_listened'])
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return {
        eventCount: row?.event_count ?? 0,
        playCount: row?.play_count ?? 0,
        secondsListened: row?.seconds_listened ?? 0,
      };
    },

    async distinctSongs(userId: string): Promise<number> {
      return (await userDistinctSongsQuery(db, userId).executeTakeFirstOrThrow()).songs;
    },

    topArtists: (userId: string, first: number) => userTopArtistsQuery(db, userId, first).execute(),
    topSongs: (userId: string, first: number) => userTopSongsQuery(db, userId, first).execute(),
  };
}

export type ListeningHistory = ReturnType<typeof createListeningHistory>;
