import type { AlbumResolvers } from '../__generated__/resolvers-types.js';
import { signedCoverUrl } from './signed-cover-url.js';

export const Album: AlbumResolvers = {
  async __resolveReference(reference, context) {
    await context.auth.requireViewer();
    return context.albumLoaders.albumById.load(reference.id);
  },
  async artist(album, _args, context) {
    const artist = await context.albumLoaders.artistById.load(album.artist_id);
    // The same transaction wrote both rows: an album's artist always exists.
    if (!artist) throw new Error(`album ${album.id} has no artist row ${album.artist_id}`);
    return artist;
  },
  coverUrl: (album, args, context) => signedCoverUrl(album.cover_song_id, context, args.size),
  durationSeconds: (album) => album.duration_seconds,
  songCount: (album) => album.song_count,
  playCount: (album) => Number(album.play_count),
  createdAt: (album) => album.created_at,
  async songs(album, _args, context) {
    const songs = await context.albumLoaders.songsOfAlbum.load(album.id);
    for (const song of songs) context.songById.prime(song.id, song);
    return songs;
  },
};
