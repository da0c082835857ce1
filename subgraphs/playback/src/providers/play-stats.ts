import { randomUUID } from 'node:crypto';
import { type Cache, isUuid } from '@sp0t1fy/platform';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { PlaybackDatabase } from '../database.js';
import { notRemoved } from './removed-songs.js';

export interface SongStats {
  playCount: number;
  lastPlayedAt: Date | null;
}

/**
 * Cached entries are deleted (song stats) or orphaned by a new chart version (charts) right after
 * every counted play commits. A read that raced that write can put back what it read before it, so
 * the bound on staleness is this TTL.
 */
export const PLAY_STATS_TTL_SECONDS = 60;
const CHART_VERSION_TTL_SECONDS = 24 * 60 * 60;
const CHART_VERSION_KEY = 'charts:version';
const songStatsKey = (songId: string) => `song-stats:${songId.toLowerCase()}`;

const NO_PLAYS: SongStats = { playCount: 0, lastPlayedAt: null };

/** Song ids by play count, removed songs left out; the all-time chart walks the kept counters. */
export function allTimeChartQuery(db: Kysely<PlaybackDatabase>, first: number) {
  return db
    .selectFrom('song_play_counts as counts')
    .select('counts.song_id')
    .where(notRemoved('counts.song_id'))
    .orderBy('counts.play_count', 'desc')
    .orderBy('counts.last_played_at', 'desc')
    .orderBy('counts.song_id')
    .limit(first);
}

/** Song ids by plays since a moment, removed songs left out. */
export function chartSinceQuery(db: Kysely<PlaybackDatabase>, first: number, since: Date) {
  const counted = db
    .selectFrom('playback_events')
    .select((eb) => ['song_id', eb.fn.countAll<number>().as('plays'), eb.fn.max('occurred_at').as('last_played_at')])
    .where('counts_as_play', '=', true)
    .where('occurred_at', '>=', since)
    .groupBy('song_id');
  return db
    .selectFrom(counted.as('counted'))
    .select('counted.song_id')
    .where(notRemoved('counted.song_id'))
    .orderBy('counted.plays', 'desc')
    .orderBy('counted.last_played_at', 'desc')
    .orderBy('counted.song_id')
    .limit(first);
}

export function songStatsQuery(db: Kysely<PlaybackDatabase>, songIds: readonly string[]) {
  return db
    .selectFrom('song_play_counts')
    .select(['song_id', 'play_count', 'last_played_at'])
    .where('song_id', 'in', songIds);
}

export function userPlayCountsQuery(db: Kysely<PlaybackDatabase>, userId: string, songIds: readonly string[]) {
  return db
    .selectFrom('playback_events')
    .select((eb) => ['song_id', eb.fn.countAll<number>().as('plays')])
    .where('user_id', '=', userId)
    .where('counts_as_play', '=', true)
    .where('song_id', 'in', songIds)
    .groupBy('song_id');
}

/** Play counts and charts, cached in the platform cache (Redis when configured). */
export function createPlayStats(db: Kysely<PlaybackDatabase>, cache: Cache) {
  async function chartVersion(): Promise<string> {
    const current = await cache.get(CHART_VERSION_KEY);
    if (current) return current;
    const fresh = randomUUID();
    await cache.set(CHART_VERSION_KEY, fresh, CHART_VERSION_TTL_SECONDS);
    return fresh;
  }
  async function chartsChanged(): Promise<void> {
    await cache.set(CHART_VERSION_KEY, randomUUID(), CHART_VERSION_TTL_SECONDS);
  }

  return {
    /** Per request: every song of a page in one cache round and at most one statement. */
    createSongStatsLoader(): DataLoader<string, SongStats> {
      return new DataLoader(async (songIds) => {
        const cached = await Promise.all(songIds.map((id) => cache.get(songStatsKey(id))));
        const stats = new Map<string, SongStats>();
        const misses: string[] = [];
        songIds.forEach((id, index) => {
          const hit = cached[index];
          if (hit) stats.set(id, parseStats(hit));
          else if (isUuid(id)) misses.push(id);
        });
        if (misses.length > 0) {
          const rows = await songStatsQuery(db, misses).execute();
          const found = new Map(rows.map((row) => [row.song_id, row]));
          await Promise.all(
            misses.map((id) => {
              const row = found.get(id.toLowerCase());
              const value = row ? { playCount: row.play_count, lastPlayedAt: row.last_played_at } : NO_PLAYS;
              stats.set(id, value);
              return cache.set(songStatsKey(id), JSON.stringify(value), PLAY_STATS_TTL_SECONDS);
            }),
          );
        }
        return songIds.map((id) => stats.get(id) ?? NO_PLAYS);
      });
    },

    /** How often one user played each of a page of songs, in one statement. */
    async userPlayCounts(userId: string, songIds: readonly string[]): Promise<number[]> {
      const valid = songIds.filter(isUuid);
      const rows = valid.length > 0 ? await userPlayCountsQuery(db, userId, valid).execute() : [];
      const plays = new Map(rows.map((row) => [row.song_id, row.plays]));
      return songIds.map((id) => plays.get(id.toLowerCase()) ?? 0);
    },

    async topSongs(first: number, since: Date | null): Promise<string[]> {
      const key = `top-songs:${await chartVersion()}:${first}:${since?.toISOString() ?? 'all-time'}`;
      const cached = await cache.get(key);
      if (cached) return JSON.parse(cached) as string[];
      const query = since ? chartSinceQuery(db, first, since) : allTimeChartQuery(db, first);
      const songIds = (await query.execute()).map((row) => row.song_id);
      await cache.set(key, JSON.stringify(songIds), PLAY_STATS_TTL_SECONDS);
      return songIds;
    },

    /** After a counted play commits: its song's count and every chart. */
    async playCounted(songId: string): Promise<void> {
      await Promise.all([cache.delete(songStatsKey(songId)), chartsChanged()]);
    },

    /** Songs were removed or changed: charts leave removed songs out. */
    chartsChanged,
  };
}

export type PlayStats = ReturnType<typeof createPlayStats>;

function parseStats(json: string): SongStats {
  const value = JSON.parse(json) as { playCount: number; lastPlayedAt: string | null };
  return { playCount: value.playCount, lastPlayedAt: value.lastPlayedAt ? new Date(value.lastPlayedAt) : null };
}
