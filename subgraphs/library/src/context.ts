import type { Logger, RequestAuth, SongFeedFollower } from '@sp0t1fy/platform';
import type DataLoader from 'dataloader';
import type { Favourites } from './providers/favourites.js';
import type { PlaylistEntries } from './providers/playlist-entries.js';
import type { PlaylistStats, Playlists } from './providers/playlists.js';
import type { MatchedSong, SmartPlaylistEvaluator } from './providers/smart-playlist-evaluator.js';
import type { SmartPlaylists } from './providers/smart-playlists.js';
import type { SongReplica } from './providers/song-replica.js';

/** Built once per process. */
export interface LibraryProviders {
  songs: SongReplica;
  songFeed: SongFeedFollower;
  favourites: Favourites;
  playlists: Playlists;
  entries: PlaylistEntries;
  smartPlaylists: SmartPlaylists;
  smartPlaylistEvaluator: SmartPlaylistEvaluator;
}

/** Built once per request: a page of songs or playlists costs one statement per loader. */
export interface LibraryLoaders {
  /** Keyed by song id: when the viewer starred it, null when they did not. */
  starredSongs: DataLoader<string, Date | null>;
  starredAlbums: DataLoader<string, Date | null>;
  starredArtists: DataLoader<string, Date | null>;
  playlistStats: DataLoader<string, PlaylistStats>;
  coverSongIds: DataLoader<string, string[]>;
  /** A smart playlist's songs, evaluated at most once per request (songs, songCount and durationSeconds share them). */
  smartPlaylistSongs(id: string, evaluate: () => Promise<MatchedSong[]>): Promise<MatchedSong[]>;
}

export interface LibraryContext extends LibraryProviders {
  auth: RequestAuth;
  log: Logger;
  loaders: LibraryLoaders;
}
