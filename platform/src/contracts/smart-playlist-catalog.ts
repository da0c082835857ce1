import { z } from 'zod';
import { isUuid } from '../ids.js';
import { CATALOG_SORT_FIELDS, numberCondition, RULE_LIMITS, textCondition } from '../smart-playlist-rules.js';

/**
 * How the library asks the catalog which songs match a smart playlist's catalog conditions, served
 * on the catalog's private port (the gateway never serves /internal) as POST SMART_SONGS_PATH. The
 * library has already asked playback and itself about their conditions and put the answers in the
 * tree as id sets ("these songs" / "all but these songs"), and turned relative dates into instants,
 * so the catalog answers the whole tree in one SQL statement, sorting and limiting there.
 */
export const SMART_SONGS_PATH = '/internal/smart-playlist/songs';

export const SMART_SONGS_LIMITS = {
  /** Ids in one id set of the tree. */
  idsPerSet: 50_000,
  /** Songs in one answer: a playlist's limit, or a page of candidates for a playback sort. */
  songsPerCall: 10_000,
} as const;

const songId = z
  .string()
  .refine(isUuid, 'not a UUID')
  .transform((id) => id.toLowerCase());

/** Songs in `ids` (except: false), or every song but them (except: true). */
export const songIdSet = z.object({ ids: z.array(songId).max(SMART_SONGS_LIMITS.idsPerSet), except: z.boolean() });
export type SongIdSet = z.output<typeof songIdSet>;

export const catalogNumberCondition = numberCondition.refine(
  (condition) => condition.field !== 'playCount',
  'playCount is playback’s',
);
/** addedAt with its instant worked out by the library: on or after it, or before it. */
export const addedAtCondition = z.object({
  field: z.literal('addedAt'),
  op: z.enum(['onOrAfter', 'before']),
  value: z.iso.datetime({ offset: true }),
});

export type CatalogCondition =
  | z.output<typeof textCondition>
  | z.output<typeof catalogNumberCondition>
  | z.output<typeof addedAtCondition>;
/** The library flattens nested groups of one kind: a group may hold every condition and one id set. */
const CATALOG_GROUP_CHILDREN = RULE_LIMITS.conditions + 1;

export type CatalogRule = { all: CatalogRule[] } | { any: CatalogRule[] } | CatalogCondition | SongIdSet;

export const catalogRule: z.ZodType<CatalogRule> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(catalogRule).min(1).max(CATALOG_GROUP_CHILDREN) }).strict(),
    z.object({ any: z.array(catalogRule).min(1).max(CATALOG_GROUP_CHILDREN) }).strict(),
    songIdSet.strict(),
    textCondition,
    catalogNumberCondition,
    addedAtCondition,
  ]),
) as z.ZodType<CatalogRule>;

export const smartSongsRequest = z.object({
  rule: catalogRule,
  /** A catalog sort; "id" lists candidates in id order, for paging with `afterId`. */
  sort: z.object({ field: z.enum([...CATALOG_SORT_FIELDS, 'id']), direction: z.enum(['asc', 'desc']) }),
  limit: z.number().int().min(1).max(SMART_SONGS_LIMITS.songsPerCall),
  /** With sort id asc: only songs after this id. */
  afterId: songId.optional(),
});
export type SmartSongsRequest = z.input<typeof smartSongsRequest>;

export const smartSongsAnswer = z.object({
  songs: z.array(z.object({ id: songId, durationSeconds: z.number() })),
});
export type SmartSongsAnswerJson = z.input<typeof smartSongsAnswer>;
