import type { ArtistResolvers } from '../__generated__/resolvers-types.js';
import { TOP_SONGS } from '../providers/artists-repository.js';
import { pageSize } from '../providers/list-cursor.js';

export const Artist: ArtistResolvers = {
  async __resolveReference(reference, context) {
    await context.auth.requireViewer();
    return context.albumLoaders.artistById.load(reference.id);
  },
  albums: (artist, _args, context) => context.albumLoaders.albumsOfArtist.load(artist.id),
  albumCount: (artist) => artist.album_count,
  songCount: (artist) => artist.song_count,
  async topSongs(artist, { first }, context) {
    const size = pageSize(first, TOP_SONGS, 'songs');
    const songs = await context.albumLoaders.topSongsOfArtist.load(`${size}:${artist.id}`);
    for (const song of songs) context.songById.prime(song.id, song);
    return songs;
  },
};
