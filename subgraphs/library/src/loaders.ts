import { isUuid, type RequestAuth } from '@sp0t1fy/platform';
import DataLoader from 'dataloader';
import type { LibraryLoaders, LibraryProviders } from './context.js';
import type { FavouriteKind } from './database.js';
import type { MatchedSong } from './providers/smart-playlist-evaluator.js';

export function createLoaders(providers: LibraryProviders, auth: RequestAuth): LibraryLoaders {
  const starred = (kind: FavouriteKind) =>
    new DataLoader<string, Date | null>(async (ids) => {
      const viewer = await auth.requireViewer();
      // Ids come from other services' entities; one that is not a UUID was never starred.
      const valid = ids.filter(isUuid).map((id) => id.toLowerCase());
      const mine = valid.length > 0 ? await providers.favourites.starred(viewer.userId, kind, valid) : new Map();
      return ids.map((id) => mine.get(id.toLowerCase()) ?? null);
    });
  const evaluated = new Map<string, Promise<MatchedSong[]>>();
  return {
    starredSongs: starred('SONG'),
    starredAlbums: starred('ALBUM'),
    starredArtists: starred('ARTIST'),
    // Playlist ids reach these from the library's own rows only.
    playlistStats: new DataLoader((ids) => providers.playlists.stats(ids)),
    coverSongIds: new DataLoader((ids) => providers.playlists.coverSongIds(ids)),
    smartPlaylistSongs(id, evaluate) {
      let songs = evaluated.get(id);
      if (!songs) {
        songs = evaluate();
        evaluated.set(id, songs);
      }
      return songs;
    },
  };
}
