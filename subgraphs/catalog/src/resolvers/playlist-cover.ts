import type { PlaylistResolvers, SmartPlaylistResolvers } from '../__generated__/resolvers-types.js';
import { signedCoverUrl } from './signed-cover-url.js';

/** A playlist as the gateway hands it over: its id and the library's first few live song ids. */
export interface PlaylistCoverParent {
  id: string;
  coverSongIds?: readonly string[];
}

/**
 * The catalog signs covers, so it contributes Playlist.coverUrl from the songs the library names
 * (@requires coverSongIds): the first that has a cover. A page of playlists loads their songs together.
 */
export const Playlist: PlaylistResolvers = {
  __resolveReference: (reference) => reference,
  async coverUrl(playlist, _args, context) {
    const songs = await context.songById.loadMany([...(playlist.coverSongIds ?? [])]);
    const withCover = songs.find((song) => song && !(song instanceof Error) && song.cover_sha256);
    return signedCoverUrl(withCover && !(withCover instanceof Error) ? withCover.id : null, context);
  },
};

/** A smart playlist's cover the same way, from the first few songs its rules match now. */
export const SmartPlaylist: SmartPlaylistResolvers = {
  __resolveReference: (reference) => reference,
  coverUrl: Playlist.coverUrl as SmartPlaylistResolvers['coverUrl'],
};
