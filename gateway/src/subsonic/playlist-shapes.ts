import type { SubsonicPlaylistFragment, SubsonicSmartPlaylistFragment } from './__generated__/graphql.js';
import { playlistId, smartPlaylistId } from './ids.js';
import type { Child } from './shapes.js';

/** Subsonic's Playlist (1.16.1): attributes as the XSD has them; allowedUser is never sent (no sharing). */
export interface SubsonicPlaylist {
  id: string;
  name: string;
  comment?: string | undefined;
  owner?: string | undefined;
  public: boolean;
  songCount: number;
  duration: number;
  created: string;
  changed: string;
  coverArt?: string | undefined;
  /** OpenSubsonic: true for a smart playlist, whose songs its rules decide. */
  readonly?: boolean | undefined;
}

export interface SubsonicPlaylistWithSongs extends SubsonicPlaylist {
  entry: Child[];
}

/**
 * The owner is the Subsonic username, which is the account's email (what u= carries); another user's
 * public playlist shows their display name, as their email is theirs alone.
 */
export function playlistOf(playlist: SubsonicPlaylistFragment, songCount = playlist.songCount): SubsonicPlaylist {
  return {
    id: playlistId(playlist.id),
    name: playlist.name,
    comment: playlist.description ?? undefined,
    owner: playlist.owner ? (playlist.owner.email ?? playlist.owner.displayName) : undefined,
    public: playlist.public,
    songCount,
    duration: Math.round(playlist.durationSeconds),
    created: playlist.createdAt,
    changed: playlist.updatedAt,
    coverArt: playlist.coverUrl ? playlistId(playlist.id) : undefined,
  };
}

/** A smart playlist, listed like Navidrome's: private to its owner and read-only (its rules pick its songs). */
export function smartPlaylistOf(playlist: SubsonicSmartPlaylistFragment): SubsonicPlaylist {
  return {
    id: smartPlaylistId(playlist.id),
    name: playlist.name,
    comment: playlist.description ?? undefined,
    owner: playlist.owner ? (playlist.owner.email ?? playlist.owner.displayName) : undefined,
    public: false,
    songCount: playlist.songCount,
    duration: Math.round(playlist.durationSeconds),
    created: playlist.createdAt,
    changed: playlist.updatedAt,
    readonly: true,
  };
}
