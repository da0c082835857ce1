import type { PlaybackEventView } from '../providers/history.js';
import type { SongStats } from '../providers/play-stats.js';

/** What resolvers pass down for each type (the codegen mappers). */
export interface SongParent {
  id: string;
  /** Loaded by __resolveReference; songs playback names itself load them in the field resolvers. */
  stats?: SongStats;
}

export interface UserParent {
  id: string;
}

export interface HistoryPage {
  userId: string;
  events: PlaybackEventView[];
  hasNextPage: boolean;
}

export interface ListeningStatsParent {
  userId: string;
}

export interface SongPlaysParent {
  song_id: string;
  plays: number;
}
