import {
  type PlayCondition,
  type PlaySort,
  SMART_PLAY_LIMITS,
  type SmartPlaysAnswerJson,
  type SongIdSet,
} from '@sp0t1fy/platform';
import { type Kysely, sql } from 'kysely';
import type { PlaybackDatabase } from '../database.js';

interface SongPlays {
  song_id: string;
  plays: number;
  last_played_at: Date;
}

/**
 * A user's plays as smart playlists ask about them (platform/src/contracts/smart-playlist-playback.ts):
 * each condition answered as the songs it keeps, or all but the songs it drops, and with a sort every
 * song they played in it, from one statement over the user's plays per song (playback_events_user_plays).
 */
export function createSmartPlaylistPlays(db: Kysely<PlaybackDatabase>) {
  return async function smartPlays(
    userId: string,
    conditions: readonly PlayCondition[],
    sort?: PlaySort,
  ): Promise<SmartPlaysAnswerJson> {
    const { rows: played } = await sql<SongPlays>`
      select song_id, count(*)::int as plays, max(occurred_at) as last_played_at
      from playback_events
      where user_id = ${userId} and counts_as_play
      group by song_id
    `.execute(db);
    if (played.length > SMART_PLAY_LIMITS.playedSongs) {
      throw new Error(`The user played ${played.length} songs, over ${SMART_PLAY_LIMITS.playedSongs}`);
    }
    const sets = conditions.map((condition) => idSet(condition, played));
    if (!sort) return { sets };
    const stats: SongPlayStats[] = played.map((row) => ({
      songId: row.song_id,
      playCount: row.plays,
      lastPlayedAt: new Date(row.last_played_at).getTime(),
    }));
    return { sets, playedInOrder: stats.sort(comparePlayStats(sort)).map((song) => song.songId) };
  };
}

interface SongPlayStats {
  songId: string;
  playCount: number;
  lastPlayedAt: number;
}

/** By the field, then by id: the order the catalog lists the never-played songs in, which tie. */
function comparePlayStats(sort: PlaySort): (a: SongPlayStats, b: SongPlayStats) => number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const key = (stats: SongPlayStats) => (sort.field === 'playCount' ? stats.playCount : stats.lastPlayedAt);
  return (a, b) => {
    const difference = key(a) - key(b);
    if (difference !== 0) return sign * difference;
    return a.songId < b.songId ? -1 : a.songId > b.songId ? 1 : 0;
  };
}

/**
 * The songs a condition keeps. Songs never played have 0 plays and no last play, and are every song
 * playback was not asked about: a condition they meet answers "all but" the played songs it drops.
 */
function idSet(condition: PlayCondition, played: readonly SongPlays[]): SongIdSet {
  const keep = (test: (row: SongPlays) => boolean): SongIdSet => ({
    ids: played.filter(test).map((row) => row.song_id),
    except: false,
  });
  const drop = (test: (row: SongPlays) => boolean): SongIdSet => ({
    ids: played.filter(test).map((row) => row.song_id),
    except: true,
  });
  if (condition.field !== 'lastPlayedAt') {
    const meets = (count: number) => {
      if (condition.op === 'between') return count >= condition.value[0] && count <= condition.value[1];
      if (condition.op === 'is') return count === condition.value;
      return condition.op === 'greaterThan' ? count > condition.value : count < condition.value;
    };
    // Whether a song never played (0 plays) meets it decides which way round the answer is.
    return meets(0) ? drop((row) => !meets(row.plays)) : keep((row) => meets(row.plays));
  }
  const instant = Date.parse(condition.value);
  const last = (row: SongPlays) => new Date(row.last_played_at).getTime();
  switch (condition.op) {
    case 'since':
      return keep((row) => last(row) >= instant);
    case 'notSince':
      return drop((row) => last(row) >= instant);
    case 'before':
      return keep((row) => last(row) < instant);
    default:
      return keep((row) => last(row) > instant);
  }
}
