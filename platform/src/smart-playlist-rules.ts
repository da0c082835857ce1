import { z } from 'zod';

/**
 * A smart playlist's rules (README "Smart playlists"): a tree of all/any groups over conditions,
 * with the playlist's sort and limit at the top. The library validates what users send with this;
 * the catalog and playback parse the conditions they are given with the same schemas.
 */

export const TEXT_FIELDS = ['title', 'artist', 'album', 'albumArtist', 'genre'] as const;
export const NUMBER_FIELDS = ['year', 'durationSeconds', 'playCount'] as const;
export const DATE_FIELDS = ['addedAt', 'lastPlayedAt'] as const;
export const RULE_FIELDS = [...TEXT_FIELDS, ...NUMBER_FIELDS, ...DATE_FIELDS, 'starred'] as const;
/** The sorts the catalog answers itself, from its own columns (or at random). */
export const CATALOG_SORT_FIELDS = [
  'title',
  'artist',
  'album',
  'year',
  'addedAt',
  'durationSeconds',
  'random',
] as const;
/** The sorts playback answers, from the owner's plays. */
export const PLAY_SORT_FIELDS = ['playCount', 'lastPlayedAt'] as const;
export const SORT_FIELDS = [...CATALOG_SORT_FIELDS, ...PLAY_SORT_FIELDS] as const;

export type TextField = (typeof TEXT_FIELDS)[number];
export type NumberField = (typeof NUMBER_FIELDS)[number];
export type DateField = (typeof DATE_FIELDS)[number];
export type RuleField = (typeof RULE_FIELDS)[number];
export type SortField = (typeof SORT_FIELDS)[number];

/** Which service holds what a field is about; each evaluates its own conditions. */
export type RuleOwner = 'catalog' | 'playback' | 'library';
export const FIELD_OWNER: Record<RuleField, RuleOwner> = {
  title: 'catalog',
  artist: 'catalog',
  album: 'catalog',
  albumArtist: 'catalog',
  genre: 'catalog',
  year: 'catalog',
  durationSeconds: 'catalog',
  addedAt: 'catalog',
  playCount: 'playback',
  lastPlayedAt: 'playback',
  starred: 'library',
};

export const RULE_LIMITS = {
  childrenPerGroup: 20,
  depth: 4,
  conditions: 50,
  textLength: 200,
  days: 36_500,
  limit: 1_000,
  defaultLimit: 100,
} as const;

const text = z.string().trim().min(1).max(RULE_LIMITS.textLength);
const number = z.number().finite();
const days = z.object({ days: z.number().int().min(1).max(RULE_LIMITS.days) }).strict();
const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const textCondition = z.object({
  field: z.enum(TEXT_FIELDS),
  op: z.enum(['is', 'isNot', 'contains', 'notContains']),
  value: text,
});
export const numberCondition = z.union([
  z.object({ field: z.enum(NUMBER_FIELDS), op: z.enum(['is', 'greaterThan', 'lessThan']), value: number }),
  z.object({
    field: z.enum(NUMBER_FIELDS),
    op: z.literal('between'),
    value: z.tuple([number, number]).refine(([min, max]) => min <= max, 'min must not be above max'),
  }),
]);
export const dateCondition = z.union([
  z.object({ field: z.enum(DATE_FIELDS), op: z.enum(['inTheLast', 'notInTheLast']), value: days }),
  z.object({ field: z.enum(DATE_FIELDS), op: z.enum(['before', 'after']), value: isoDate }),
]);
export const starredCondition = z.object({ field: z.literal('starred'), op: z.literal('is'), value: z.boolean() });

export type TextCondition = z.infer<typeof textCondition>;
export type NumberCondition = z.infer<typeof numberCondition>;
export type DateCondition = z.infer<typeof dateCondition>;
export type StarredCondition = z.infer<typeof starredCondition>;
export type Condition = TextCondition | NumberCondition | DateCondition | StarredCondition;
export type RuleGroup = { all: Rule[] } | { any: Rule[] };
export type Rule = RuleGroup | Condition;

export const ruleSort = z
  .object({ field: z.enum(SORT_FIELDS), direction: z.enum(['asc', 'desc']).default('asc') })
  .strict();
export type RuleSort = z.infer<typeof ruleSort>;

/** The rules as stored and evaluated: the tree, and the sort and limit filled in with their defaults. */
export interface SmartPlaylistRules {
  rule: Rule;
  sort: RuleSort;
  limit: number;
}

export const DEFAULT_SORT: RuleSort = { field: 'addedAt', direction: 'desc' };

/** What was wrong and where, as a path from the rules' root: "rules.all[1].value". */
export interface RuleProblem {
  path: string;
  message: string;
}

export type RulesReading = { ok: true; rules: SmartPlaylistRules } | { ok: false; problem: RuleProblem };

class RuleError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const conditionSchemas: Record<RuleField, z.ZodType<Condition>> = {
  title: textCondition,
  artist: textCondition,
  album: textCondition,
  albumArtist: textCondition,
  genre: textCondition,
  year: numberCondition,
  durationSeconds: numberCondition,
  playCount: numberCondition,
  addedAt: dateCondition,
  lastPlayedAt: dateCondition,
  starred: starredCondition,
};

const OPS: Record<'text' | 'number' | 'date' | 'starred', readonly string[]> = {
  text: ['is', 'isNot', 'contains', 'notContains'],
  number: ['is', 'greaterThan', 'lessThan', 'between'],
  date: ['inTheLast', 'notInTheLast', 'before', 'after'],
  starred: ['is'],
};

const kindOf = (field: RuleField) =>
  (TEXT_FIELDS as readonly string[]).includes(field)
    ? 'text'
    : (NUMBER_FIELDS as readonly string[]).includes(field)
      ? 'number'
      : (DATE_FIELDS as readonly string[]).includes(field)
        ? 'date'
        : 'starred';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads rules as a user sent them (`root` names them in paths: "rules"). Checked piece by piece so
 * a problem names the exact place: the field, then the op for that field, then the value for both.
 */
export function readSmartPlaylistRules(value: unknown, root = 'rules'): RulesReading {
  try {
    if (!isObject(value)) throw new RuleError(root, 'Rules are an object: a group ({"all":[...]}) or a condition');
    const { sort, limit, ...tree } = value;
    const counter = { conditions: 0 };
    const rule = readRule(tree, root, 1, counter);
    const readSort = sort === undefined ? DEFAULT_SORT : parsed(ruleSort, sort, `${root}.sort`);
    const readLimit =
      limit === undefined
        ? RULE_LIMITS.defaultLimit
        : parsed(z.number().int().min(1).max(RULE_LIMITS.limit), limit, `${root}.limit`);
    return { ok: true, rules: { rule, sort: readSort, limit: readLimit } };
  } catch (error) {
    if (error instanceof RuleError) return { ok: false, problem: { path: error.path, message: error.message } };
    throw error;
  }
}

/** Rules as they are stored and shown: the tree with sort and limit at the top. */
export function rulesJson(rules: SmartPlaylistRules): Record<string, unknown> {
  return { ...rules.rule, sort: rules.sort, limit: rules.limit };
}

function readRule(value: unknown, path: string, depth: number, counter: { conditions: number }): Rule {
  if (!isObject(value)) throw new RuleError(path, 'A rule is an object: a group or a condition');
  if ('all' in value || 'any' in value) {
    if (depth > RULE_LIMITS.depth) throw new RuleError(path, `Groups nest at most ${RULE_LIMITS.depth} deep`);
    const keys = Object.keys(value);
    if (keys.length !== 1) throw new RuleError(path, 'A group has exactly one key: "all" or "any"');
    const key = keys[0] as 'all' | 'any';
    const children = value[key];
    const childPath = `${path}.${key}`;
    if (!Array.isArray(children) || children.length < 1 || children.length > RULE_LIMITS.childrenPerGroup) {
      throw new RuleError(childPath, `A group holds 1 to ${RULE_LIMITS.childrenPerGroup} rules`);
    }
    const rules = children.map((child, index) => readRule(child, `${childPath}[${index}]`, depth + 1, counter));
    return key === 'all' ? { all: rules } : { any: rules };
  }
  counter.conditions += 1;
  if (counter.conditions > RULE_LIMITS.conditions) {
    throw new RuleError(path, `Rules hold at most ${RULE_LIMITS.conditions} conditions`);
  }
  const extra = Object.keys(value).find((key) => !['field', 'op', 'value'].includes(key));
  if (extra !== undefined) throw new RuleError(`${path}.${extra}`, `A condition has no "${extra}"`);
  const field = parsed(z.enum(RULE_FIELDS), value.field, `${path}.field`);
  const ops = OPS[kindOf(field)];
  if (typeof value.op !== 'string' || !ops.includes(value.op)) {
    throw new RuleError(`${path}.op`, `${field} takes the ops ${ops.join(', ')}`);
  }
  const condition = conditionSchemas[field].safeParse(value);
  if (!condition.success) {
    const message = condition.error.issues[0]?.message ?? 'not a valid value';
    throw new RuleError(`${path}.value`, `Not a valid value for ${field} ${value.op}: ${message}`);
  }
  return condition.data;
}

function parsed<T>(schema: z.ZodType<T>, value: unknown, path: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const tail = (issue?.path ?? []).map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`));
  throw new RuleError(`${path}${tail.join('')}`, issue?.message ?? 'not valid');
}
