import type { SmartPlaylistRules } from '@sp0t1fy/platform';

/** A song a smart playlist's rules matched, with what songCount and durationSeconds add up. */
export interface MatchedSong {
  id: string;
  durationSeconds: number;
}

export interface SmartPlaylistEvaluator {
  /** The songs matching `rules` for `ownerId` now, in the rules' sort, at most their limit. */
  evaluate(ownerId: string, rules: SmartPlaylistRules): Promise<MatchedSong[]>;
}

export function createSmartPlaylistEvaluator(): SmartPlaylistEvaluator {
  return { evaluate: async () => [] };
}
