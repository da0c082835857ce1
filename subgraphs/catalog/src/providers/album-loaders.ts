import DataLoader from 'dataloader';
import type { AlbumRow, ArtistRow, SongRow } from '../database.js';
import type { AlbumsRepository } from './albums-repository.js';
import type { ArtistsRepository } from './artists-repository.js';

/** Groups rows by a key, keeping their order. */
function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

const lower = (ids: readonly string[]) => ids.map((id) => id.toLowerCase());

/**
 * Per request: whatever a page of albums or artists asks for (their artists, songs, albums, top
 * songs) costs one statement per kind, however many albums the page has.
 */
export function createAlbumLoaders({ albums, artists }: { albums: AlbumsRepository; artists: ArtistsRepository }) {
  return {
    albumById: new DataLoader<string, AlbumRow | null>(async (ids) => {
      const found = new Map((await albums.findByIds(ids)).map((row) => [row.id, row]));
      return lower(ids).map((id) => found.get(id) ?? null);
    }),
    artistById: new DataLoader<string, ArtistRow | null>(async (ids) => {
      const found = new Map((await artists.findByIds(ids)).map((row) => [row.id, row]));
      return lower(ids).map((id) => found.get(id) ?? null);
    }),
    songsOfAlbum: new DataLoader<string, SongRow[]>(async (ids) => {
      const groups = groupBy(await albums.songsOf(ids), (song) => song.album_id);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    albumsOfArtist: new DataLoader<string, AlbumRow[]>(async (ids) => {
      const groups = groupBy(await albums.ofArtists(ids), (album) => album.artist_id);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    /** Keyed by artist id and how many songs, as `${first}:${id}`: one statement per distinct `first`. */
    topSongsOfArtist: new DataLoader<string, SongRow[]>(async (keys) => {
      const byFirst = groupBy(keys, (key) => key.split(':')[0] ?? null);
      const found = new Map<string, SongRow[]>();
      for (const [first, group] of byFirst) {
        const ids = group.map((key) => key.slice(first.length + 1));
        const top = groupBy(await artists.topSongs(ids, Number(first)), (row) => row.artistId);
        for (const id of ids)
          found.set(
            `${first}:${id}`,
            (top.get(id) ?? []).map((row) => row.song),
          );
      }
      return keys.map((key) => found.get(key) ?? []);
    }),
  };
}

export type AlbumLoaders = ReturnType<typeof createAlbumLoaders>;
