import { z } from 'zod';
import { isUuid } from '../ids.js';
import { numberCondition, PLAY_SORT_FIELDS } from '../smart-playlist-rules.js';
import { SMART_SONGS_LIMITS, songIdSet } from './smart-playlist-catalog.js';

/**
 * How the library asks playback about a smart playlist's play conditions and play sorts, on
 * playback's private port (the gateway never serves /internal) as POST SMART_PLAYS_PATH. Both are
 * about one user's own plays, read in one statement per call.
 *
 * Each condition is answered as an id set, "these songs" or "all but these songs" (lastPlayedAt
 * notInTheLast = all but those played since), so the catalog can apply it. With a sort, playback also
 * sorts every song the user played (at most SMART_PLAY_LIMITS.playedSongs): the catalog's candidates
 * among them keep that order, and those never played, which all tie (0 plays, no last play), follow in
 * id order for a descending sort or come first for an ascending one.
 */
export const SMART_PLAYS_PATH = '/internal/smart-playlist/plays';

export const SMART_PLAY_LIMITS = {
  conditionsPerCall: 50,
  /** A user who played more distinct songs than this cannot have play conditions or sorts evaluated. */
  playedSongs: SMART_SONGS_LIMITS.idsPerSet,
} as const;

const userId = z
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

export const playSort = z.object({ field: z.enum(PLAY_SORT_FIELDS), direction: z.enum(['asc', 'desc']) });
export type PlaySort = z.output<typeof playSort>;

export const smartPlaysRequest = z.object({
  userId,
  conditions: z.array(playCondition).max(SMART_PLAY_LIMITS.conditionsPerCall),
  sort: playSort.optional(),
});
export type SmartPlaysRequest = z.input<typeof smartPlaysRequest>;

export const smartPlaysAnswer = z.object({
  /** One set per condition, in order. */
  sets: z.array(songIdSet),
  /** With a sort: every song the user played, in that sort (ids as stored: lower case). */
  playedInOrder: z.array(z.string()).max(SMART_PLAY_LIMITS.playedSongs).optional(),
});
export type SmartPlaysAnswerJson = z.input<typeof smartPlaysAnswer>;
