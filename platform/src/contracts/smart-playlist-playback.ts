import { z } from 'zod';
import { isUuid } from '../ids.js';
import { numberCondition } from '../smart-playlist-rules.js';
import { SMART_SONGS_LIMITS, songIdSet } from './smart-playlist-catalog.js';

/**
 * How the library asks playback about a smart playlist's play conditions and play sorts, on
 * playback's private port (the gateway never serves /internal). Both are about one user's own plays.
 *
 * POST SMART_PLAY_CONDITIONS_PATH: each condition answered as an id set, "these songs" or "all but
 * these songs" (lastPlayedAt notInTheLast = all but those played since), so the catalog can apply it.
 *
 * POST SMART_PLAY_SORT_PATH: a batch of the catalog's candidates (at most playSortBatch ids), the
 * first `limit` of them in the sort, each with its count and last play; the library merges batches
 * with comparePlayStats.
 */
export const SMART_PLAY_CONDITIONS_PATH = '/internal/smart-playlist/play-conditions';
export const SMART_PLAY_SORT_PATH = '/internal/smart-playlist/play-sort';

export const SMART_PLAY_LIMITS = {
  conditionsPerCall: 50,
  /** Candidates per sort call. */
  playSortBatch: 10_000,
  /** An id set larger than the catalog takes is refused (the rule is too broad to evaluate). */
  idsPerSet: SMART_SONGS_LIMITS.idsPerSet,
} as const;

const songId = z
  .string()
  .refine(isUuid, 'not a UUID')
  .transform((id) => id.toLowerCase());
const instant = z.iso.datetime({ offset: true });

export const playCountCondition = numberCondition.refine(
  (condition) => condition.field === 'playCount',
  'not playCount',
);
/** lastPlayedAt with its instant worked out by the library. notSince includes songs never played. */
export const lastPlayedCondition = z.object({
  field: z.literal('lastPlayedAt'),
  op: z.enum(['since', 'notSince', 'before', 'after']),
  value: instant,
});
export const playCondition = z.union([playCountCondition, lastPlayedCondition]);
export type PlayCondition = z.output<typeof playCondition>;

export const playConditionsRequest = z.object({
  userId: songId,
  conditions: z.array(playCondition).min(1).max(SMART_PLAY_LIMITS.conditionsPerCall),
});
export type PlayConditionsRequest = z.input<typeof playConditionsRequest>;
/** One set per condition, in order. */
export const playConditionsAnswer = z.object({ sets: z.array(songIdSet) });
export type PlayConditionsAnswerJson = z.input<typeof playConditionsAnswer>;

export const PLAY_SORT_FIELDS = ['playCount', 'lastPlayedAt'] as const;
export const playSort = z.object({ field: z.enum(PLAY_SORT_FIELDS), direction: z.enum(['asc', 'desc']) });
export type PlaySort = z.output<typeof playSort>;

export const playSortRequest = z.object({
  userId: songId,
  songIds: z.array(songId).min(1).max(SMART_PLAY_LIMITS.playSortBatch),
  sort: playSort,
  limit: z.number().int().min(1).max(SMART_PLAY_LIMITS.playSortBatch),
});
export type PlaySortRequest = z.input<typeof playSortRequest>;

export const playStats = z.object({
  songId,
  playCount: z.number().int().nonnegative(),
  /** Null for a song the user never played. */
  lastPlayedAt: instant.nullable(),
});
export type PlayStats = z.output<typeof playStats>;
export const playSortAnswer = z.object({ songs: z.array(playStats) });
export type PlaySortAnswerJson = z.input<typeof playSortAnswer>;

/**
 * The play sort's order, the same on both sides: by the field (never played counts as 0 plays and
 * the earliest last play), then by id so batches merge into one order.
 */
export function comparePlayStats(sort: PlaySort): (a: PlayStats, b: PlayStats) => number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const key = (stats: PlayStats) =>
    sort.field === 'playCount' ? stats.playCount : stats.lastPlayedAt ? Date.parse(stats.lastPlayedAt) : -Infinity;
  return (a, b) => {
    const difference = key(a) - key(b);
    if (difference !== 0 && !Number.isNaN(difference)) return sign * difference;
    return a.songId < b.songId ? -1 : a.songId > b.songId ? 1 : 0;
  };
}
