import type { Logger, RequestAuth, SongFeedFollower } from '@sp0t1fy/platform';
import type DataLoader from 'dataloader';
import type { ListenerTotals, ListeningHistory } from './providers/history.js';
import type { NowPlaying } from './providers/now-playing.js';
import type { PlayStats, SongStats } from './providers/play-stats.js';
import type { PlaybackRecorder } from './providers/recorder.js';
import type { Scrobbles } from './providers/scrobbles.js';
import type { SongReplica } from './providers/song-replica.js';

/** Built once per process. */
export interface PlaybackProviders {
  songs: SongReplica;
  songFeed: SongFeedFollower;
  recorder: PlaybackRecorder;
  playStats: PlayStats;
  history: ListeningHistory;
  nowPlaying: NowPlaying;
  scrobbles: Scrobbles;
}

/** Built once per request: the loaders batch what a page of songs asks for into one statement each. */
export interface PlaybackLoaders {
  songStats: DataLoader<string, SongStats>;
  /** Keyed by song id; the signed-in user's plays, 0 when signed out. */
  myPlayCounts: DataLoader<string, number>;
  listenerTotals: DataLoader<string, ListenerTotals>;
}

export interface PlaybackContext extends PlaybackProviders {
  auth: RequestAuth;
  log: Logger;
  loaders: PlaybackLoaders;
}
