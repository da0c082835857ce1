import type { SongFeedColumns } from '@sp0t1fy/platform';
import type { ColumnType, Generated, Selectable } from 'kysely';

/** The catalog's songs as its feed describes them, deleted ones kept for the playlists that hold them. */
export interface KnownSongsTable extends SongFeedColumns {
  /** Folded artist and title, and folded title: what an M3U import is matched on. */
  match_key: string;
  title_key: string;
  deleted_at: Date | null;
  /** The feed sequence this row reflects: an older event never overwrites a newer one. */
  last_seq: number;
}

export interface SongFeedCursorTable {
  id: ColumnType<boolean, never, never>;
  last_seq: number;
}

export type FavouriteKind = 'SONG' | 'ALBUM' | 'ARTIST';

export interface FavouritesTable {
  /** bigserial: newest starred first is highest first, with no ties. */
  id: Generated<number>;
  user_id: string;
  kind: FavouriteKind;
  target_id: string;
  starred_at: Generated<Date>;
}

export interface PlaylistsTable {
  id: string;
  owner_id: string;
  name: string;
  description: string | null;
  public: boolean;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PlaylistEntriesTable {
  id: string;
  playlist_id: string;
  position: number;
  song_id: string;
  added_at: Generated<Date>;
}

export interface SmartPlaylistsTable {
  id: string;
  owner_id: string;
  name: string;
  description: string | null;
  /** The rules JSON: the tree with sort and limit at the top (platform's rulesJson). */
  rules: ColumnType<Record<string, unknown>, string, string>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface LibraryDatabase {
  known_songs: KnownSongsTable;
  song_feed_cursor: SongFeedCursorTable;
  favourites: FavouritesTable;
  playlists: PlaylistsTable;
  playlist_entries: PlaylistEntriesTable;
  smart_playlists: SmartPlaylistsTable;
}

export type KnownSong = Selectable<KnownSongsTable>;
