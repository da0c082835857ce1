import {
  type CatalogRule,
  type Condition,
  comparePlayStats,
  type PlayCondition,
  type PlaySort,
  type PlayStats,
  playConditionsAnswer,
  playSortAnswer,
  postInternal,
  type Rule,
  SMART_PLAY_CONDITIONS_PATH,
  SMART_PLAY_LIMITS,
  SMART_PLAY_SORT_PATH,
  SMART_SONGS_LIMITS,
  SMART_SONGS_PATH,
  type SmartPlaylistRules,
  type SmartSongsRequest,
  type SongIdSet,
  smartSongsAnswer,
} from '@sp0t1fy/platform';
import type { Favourites } from './favourites.js';

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
 * limiting there, unless the sort is by plays: then the catalog lists every matching song in pages of
 * SMART_SONGS_LIMITS.songsPerCall and playback sorts each page, the library merging the pages' tops.
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

  async function playSets(userId: string, conditions: PlayCondition[]): Promise<SongIdSet[]> {
    if (conditions.length === 0) return [];
    const answer = await postInternal({
      baseUrl: playbackUrl(),
      path: SMART_PLAY_CONDITIONS_PATH,
      body: { userId, conditions },
      answer: playConditionsAnswer,
      serviceName: 'playback',
    });
    return answer.sets;
  }

  async function playSorted(userId: string, rule: CatalogRule, sort: PlaySort, limit: number): Promise<MatchedSong[]> {
    const durations = new Map<string, number>();
    let top: PlayStats[] = [];
    const compare = comparePlayStats(sort);
    let afterId: string | undefined;
    for (;;) {
      const { songs } = await catalogSongs({
        rule,
        sort: { field: 'id', direction: 'asc' },
        limit: SMART_SONGS_LIMITS.songsPerCall,
        afterId,
      });
      if (songs.length === 0) break;
      for (const song of songs) durations.set(song.id, song.durationSeconds);
      for (let start = 0; start < songs.length; start += SMART_PLAY_LIMITS.playSortBatch) {
        const batch = songs.slice(start, start + SMART_PLAY_LIMITS.playSortBatch).map((song) => song.id);
        const answer = await postInternal({
          baseUrl: playbackUrl(),
          path: SMART_PLAY_SORT_PATH,
          body: { userId, songIds: batch, sort, limit },
          answer: playSortAnswer,
          serviceName: 'playback',
        });
        top = [...top, ...answer.songs].sort(compare).slice(0, limit);
      }
      if (songs.length < SMART_SONGS_LIMITS.songsPerCall) break;
      afterId = songs.at(-1)?.id;
    }
    return top.map((stats) => ({ id: stats.songId, durationSeconds: durations.get(stats.songId) ?? 0 }));
  }

  return {
    async evaluate(ownerId, rules) {
      const at = now();
      const plays: PlayCondition[] = [];
      collectPlayConditions(rules.rule, at, plays);
      const [sets, starred] = await Promise.all([
        playSets(ownerId, plays),
        hasStarredCondition(rules.rule) ? favourites.starredSongIds(ownerId) : Promise.resolve([]),
      ]);
      const answers = { sets: [...sets], starred };
      const rule = catalogRule(rules.rule, at, answers);
      const { field, direction } = rules.sort;
      if (field === 'playCount' || field === 'lastPlayedAt') {
        return playSorted(ownerId, rule, { field, direction }, rules.limit);
      }
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
