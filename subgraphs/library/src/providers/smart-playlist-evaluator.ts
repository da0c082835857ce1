import {
  type CatalogRule,
  type Condition,
  type PlayCondition,
  type PlaySort,
  postInternal,
  type Rule,
  SMART_PLAYS_PATH,
  SMART_SONGS_LIMITS,
  SMART_SONGS_PATH,
  type SmartPlaylistRules,
  type SmartSongsRequest,
  type SongIdSet,
  smartPlaysAnswer,
  smartSongsAnswer,
} from '@sp0t1fy/platform';
import type { Favourites } from './favourites.js';
import { isNoSongs, mergeIdSets } from './smart-rule-sets.js';

/** A song a smart playlist's rules matched, with what songCount and durationSeconds add up. */
export interface MatchedSong {
  id: string;
  durationSeconds: number;
}

export interface SmartPlaylistEvaluator {
  /** The songs matching `rules` for `ownerId` now, in the rules' sort, at most their limit. */
  evaluate(ownerId: string, rules: SmartPlaylistRules): Promise<MatchedSong[]>;
}

export interface EvaluatorOptions {
  catalogUrl: () => string;
  playbackUrl: () => string;
  favourites: Favourites;
  /** What "now" is for inTheLast / notInTheLast. */
  now?: () => Date;
}

const DAY_MS = 86_400_000;

/**
 * Evaluates rules where each field lives. Playback's conditions (the owner's plays) and the library's
 * own (starred) are per user and small: they are answered first, as id sets, and put in the tree in
 * place of their conditions. The catalog then answers the whole tree in one statement, sorting and
 * limiting there, unless the sort is by plays: then playback sorts every song the owner played, the
 * catalog says which of them match (in pages of SMART_SONGS_LIMITS.songsPerCall) and gives the first
 * never-played matches, and the library puts them together in that order.
 */
export function createSmartPlaylistEvaluator({
  catalogUrl,
  playbackUrl,
  favourites,
  now = () => new Date(),
}: EvaluatorOptions): SmartPlaylistEvaluator {
  const catalogSongs = (body: SmartSongsRequest) =>
    postInternal({
      baseUrl: catalogUrl(),
      path: SMART_SONGS_PATH,
      body,
      answer: smartSongsAnswer,
      serviceName: 'catalog',
    });

  async function plays(userId: string, conditions: PlayCondition[], sort: PlaySort | undefined) {
    if (conditions.length === 0 && !sort) return { sets: [], playedInOrder: undefined };
    return postInternal({
      baseUrl: playbackUrl(),
      path: SMART_PLAYS_PATH,
      body: { userId, conditions, sort },
      answer: smartPlaysAnswer,
      serviceName: 'playback',
    });
  }

  /** Every song matching `rule`, in id order, a page of SMART_SONGS_LIMITS.songsPerCall at a time. */
  async function allMatching(rule: CatalogRule): Promise<MatchedSong[]> {
    const songs: MatchedSong[] = [];
    for (;;) {
      const page = await catalogSongs({
        rule,
        sort: { field: 'id', direction: 'asc' },
        limit: SMART_SONGS_LIMITS.songsPerCall,
        afterId: songs.at(-1)?.id,
      });
      songs.push(...page.songs);
      if (page.songs.length < SMART_SONGS_LIMITS.songsPerCall) return songs;
    }
  }

  /**
   * A play sort: the candidates the user played, in the order playback sorted all their played songs
   * in, and those never played (all tied, in id order) after them when descending, before when
   * ascending. Both catalog calls run at once; each is bounded by the user's played songs or the limit.
   */
  async function playSorted(rule: CatalogRule, sort: PlaySort, limit: number, playedInOrder: string[]) {
    const played: SongIdSet = { ids: playedInOrder, except: false };
    const playedRule = mergeIdSets({ all: [rule, played] });
    const neverPlayedRule = mergeIdSets({ all: [rule, { ...played, except: true }] });
    const [playedMatches, neverPlayed] = await Promise.all([
      isNoSongs(playedRule) ? [] : allMatching(playedRule),
      isNoSongs(neverPlayedRule)
        ? []
        : catalogSongs({ rule: neverPlayedRule, sort: { field: 'id', direction: 'asc' }, limit }).then(
            (answer) => answer.songs,
          ),
    ]);
    const byId = new Map(playedMatches.map((song) => [song.id, song]));
    const inOrder = playedInOrder.flatMap((id) => byId.get(id) ?? []);
    const ordered = sort.direction === 'desc' ? [...inOrder, ...neverPlayed] : [...neverPlayed, ...inOrder];
    return ordered.slice(0, limit);
  }

  return {
    async evaluate(ownerId, rules) {
      const at = now();
      const conditions: PlayCondition[] = [];
      collectPlayConditions(rules.rule, at, conditions);
      const { field, direction } = rules.sort;
      const playSort = field === 'playCount' || field === 'lastPlayedAt' ? { field, direction } : undefined;
      const [answer, starred] = await Promise.all([
        plays(ownerId, conditions, playSort),
        hasStarredCondition(rules.rule) ? favourites.starredSongIds(ownerId) : Promise.resolve([]),
      ]);
      const rule = mergeIdSets(catalogRule(rules.rule, at, { sets: [...answer.sets], starred }));
      if (field === 'playCount' || field === 'lastPlayedAt') {
        return playSorted(rule, { field, direction }, rules.limit, answer.playedInOrder ?? []);
      }
      if (isNoSongs(rule)) return [];
      return (await catalogSongs({ rule, sort: { field, direction }, limit: rules.limit })).songs;
    },
  };
}

const since = (at: Date, days: number) => new Date(at.getTime() - days * DAY_MS).toISOString();
const instant = (value: string) => new Date(value).toISOString();

/** Playback's conditions, in the order catalogRule meets them, their relative dates made instants. */
function collectPlayConditions(rule: Rule, at: Date, into: PlayCondition[]): void {
  if ('all' in rule) for (const child of rule.all) collectPlayConditions(child, at, into);
  else if ('any' in rule) for (const child of rule.any) collectPlayConditions(child, at, into);
  else if (rule.field === 'playCount') into.push(rule as PlayCondition);
  else if (rule.field === 'lastPlayedAt') into.push(playDateCondition(rule, at));
}

function playDateCondition(rule: Condition, at: Date): PlayCondition {
  if (rule.op === 'inTheLast' || rule.op === 'notInTheLast') {
    const value = since(at, (rule.value as { days: number }).days);
    return { field: 'lastPlayedAt', op: rule.op === 'inTheLast' ? 'since' : 'notSince', value };
  }
  return { field: 'lastPlayedAt', op: rule.op === 'before' ? 'before' : 'after', value: instant(rule.value as string) };
}

function hasStarredCondition(rule: Rule): boolean {
  if ('all' in rule) return rule.all.some(hasStarredCondition);
  if ('any' in rule) return rule.any.some(hasStarredCondition);
  return rule.field === 'starred';
}

/** The tree as the catalog takes it: playback's and the library's conditions replaced by their id sets. */
function catalogRule(rule: Rule, at: Date, answers: { sets: SongIdSet[]; starred: string[] }): CatalogRule {
  if ('all' in rule) return { all: rule.all.map((child) => catalogRule(child, at, answers)) };
  if ('any' in rule) return { any: rule.any.map((child) => catalogRule(child, at, answers)) };
  switch (rule.field) {
    case 'playCount':
    case 'lastPlayedAt': {
      const set = answers.sets.shift();
      if (!set) throw new Error('Playback answered fewer play conditions than it was asked');
      return set;
    }
    case 'starred':
      return { ids: answers.starred, except: rule.value !== true };
    case 'addedAt': {
      if (rule.op === 'inTheLast' || rule.op === 'notInTheLast') {
        const value = since(at, (rule.value as { days: number }).days);
        return { field: 'addedAt', op: rule.op === 'inTheLast' ? 'onOrAfter' : 'before', value };
      }
      return {
        field: 'addedAt',
        op: rule.op === 'before' ? 'before' : 'onOrAfter',
        value: instant(rule.value as string),
      };
    }
    default:
      return rule as CatalogRule;
  }
}
