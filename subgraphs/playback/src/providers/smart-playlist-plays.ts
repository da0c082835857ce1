import {
  comparePlayStats,
  type PlayCondition,
  type PlayConditionsAnswerJson,
  type PlaySort,
  type PlaySortAnswerJson,
  type PlayStats,
  SMART_PLAY_LIMITS,
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
 * each condition answered as the songs it keeps, or all but the songs it drops, from one statement
 * over the user's plays per song (playback_events_user_plays); and a batch of songs in a play sort.
 */
export function createSmartPlaylistPlays(db: Kysely<PlaybackDatabase>) {
  async function playsPerSong(userId: string, songIds?: readonly string[]): Promise<SongPlays[]> {
    const only = songIds ? sql`and song_id = any(cast(${`{${songIds.join(',')}}`} as uuid[]))` : sql``;
    const { rows } = await sql<SongPlays>`
      select song_id, count(*)::int as plays, max(occurred_at) as last_played_at
      from playback_events
      where user_id = ${userId} and counts_as_play ${only}
      group by song_id
    `.execute(db);
    return rows;
  }

  return {
    async conditions(userId: string, conditions: readonly PlayCondition[]): Promise<PlayConditionsAnswerJson> {
      const played = await playsPerSong(userId);
      const sets = conditions.map((condition) => idSet(condition, played));
      const tooMany = sets.find((set) => set.ids.length > SMART_PLAY_LIMITS.idsPerSet);
      if (tooMany)
        throw new Error(`A play condition names ${tooMany.ids.length} songs, over ${SMART_PLAY_LIMITS.idsPerSet}`);
      return { sets };
    },

    async sort(userId: string, songIds: readonly string[], sort: PlaySort, limit: number): Promise<PlaySortAnswerJson> {
      const played = new Map((await playsPerSong(userId, songIds)).map((row) => [row.song_id, row]));
      const stats: PlayStats[] = [...new Set(songIds)].map((songId) => {
        const row = played.get(songId);
        return {
          songId,
          playCount: row?.plays ?? 0,
          lastPlayedAt: row ? new Date(row.last_played_at).toISOString() : null,
        };
      });
      return { songs: stats.sort(comparePlayStats(sort)).slice(0, limit) };
    },
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
