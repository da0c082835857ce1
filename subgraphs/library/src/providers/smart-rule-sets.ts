import type { CatalogRule, SongIdSet } from '@sp0t1fy/platform';

/** Matches no song, and every song. */
export const NO_SONGS: SongIdSet = { ids: [], except: false };
const EVERY_SONG: SongIdSet = { ids: [], except: true };

const isSet = (rule: CatalogRule): rule is SongIdSet => 'ids' in rule;
export const isNoSongs = (rule: CatalogRule) => isSet(rule) && !rule.except && rule.ids.length === 0;
const isEverySong = (rule: CatalogRule) => isSet(rule) && rule.except && rule.ids.length === 0;

/**
 * The tree with the id sets of each group merged into one (nested groups of the same kind flattened
 * first), so the catalog gets one set per group instead of probing several, and a group that can
 * match nothing (or everything) says so: "played more than twice" and "not in the last week" become
 * the one list of songs that are both.
 */
export function mergeIdSets(rule: CatalogRule): CatalogRule {
  if (!('all' in rule) && !('any' in rule)) return rule;
  const kind = 'all' in rule ? 'all' : 'any';
  const children = ('all' in rule ? rule.all : rule.any)
    .map(mergeIdSets)
    .flatMap((child) => (kind in child ? (child as Record<typeof kind, CatalogRule[]>)[kind] : [child]));
  const sets = children.filter(isSet);
  const others = children.filter((child) => !isSet(child));
  const merged = sets.length === 0 ? undefined : kind === 'all' ? intersection(sets) : union(sets);
  if (kind === 'all') {
    if (merged && isNoSongs(merged)) return NO_SONGS;
    const rest = merged && !isEverySong(merged) ? [...others, merged] : others;
    return rest.length === 0 ? EVERY_SONG : rest.length === 1 ? (rest[0] as CatalogRule) : { all: rest };
  }
  if (merged && isEverySong(merged)) return EVERY_SONG;
  const rest = merged && !isNoSongs(merged) ? [...others, merged] : others;
  return rest.length === 0 ? NO_SONGS : rest.length === 1 ? (rest[0] as CatalogRule) : { any: rest };
}

/** Songs in every set: the kept ones all keep, less those any set leaves out. */
function intersection(sets: SongIdSet[]): SongIdSet {
  const excluded = new Set(sets.filter((set) => set.except).flatMap((set) => set.ids));
  const keeps = sets.filter((set) => !set.except);
  if (keeps.length === 0) return { ids: [...excluded], except: true };
  const [first, ...rest] = keeps.map((set) => new Set(set.ids));
  const ids = [...(first as Set<string>)].filter((id) => !excluded.has(id) && rest.every((kept) => kept.has(id)));
  return { ids, except: false };
}

/** Songs in any set: all but those every "all but" set leaves out and no kept set keeps. */
function union(sets: SongIdSet[]): SongIdSet {
  const kept = new Set(sets.filter((set) => !set.except).flatMap((set) => set.ids));
  const excepts = sets.filter((set) => set.except).map((set) => new Set(set.ids));
  if (excepts.length === 0) return { ids: [...kept], except: false };
  const [first, ...rest] = excepts;
  const ids = [...(first as Set<string>)].filter((id) => !kept.has(id) && rest.every((left) => left.has(id)));
  return { ids, except: true };
}
