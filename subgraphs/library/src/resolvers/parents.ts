import type { FavouriteKind } from '../database.js';
import type { FavouriteRow } from '../providers/favourites.js';
import type { PlaylistEntryView } from '../providers/playlist-entries.js';
import type { PlaylistRow } from '../providers/playlists.js';
import type { MatchedSong } from '../providers/smart-playlist-evaluator.js';

/** What resolvers pass down for each type (the codegen mappers). */
export interface EntityParent {
  id: string;
}

export interface FavouritesParent {
  userId: string;
}

export interface FavouritePage {
  userId: string;
  kind: FavouriteKind;
  rows: FavouriteRow[];
  hasNextPage: boolean;
}

export interface PlaylistPage {
  ownerId: string;
  includePrivate: boolean;
  rows: PlaylistRow[];
  hasNextPage: boolean;
}

export interface PlaylistEntryPage {
  playlistId: string;
  entries: PlaylistEntryView[];
  hasNextPage: boolean;
}

export interface PlaylistImportResult {
  playlist: PlaylistRow;
  matched: number;
  unmatched: Array<{ line: number; text: string }>;
}

export interface SmartPlaylistPreviewResult {
  /** The page size asked for; songCount counts them all. */
  first: number;
  songs: MatchedSong[];
}
