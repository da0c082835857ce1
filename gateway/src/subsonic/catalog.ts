import type { MethodContext } from './method.js';
import {
  type AlbumSort,
  SubsonicAlbumsDocument,
  SubsonicArtistsDocument,
  SubsonicGenresDocument,
  SubsonicRandomSongsDocument,
  SubsonicSongsDocument,
} from './operations.js';
import { byOffset, pageOf } from './paging.js';

/** The supergraph's reads that several methods share. */

export const artistsPage = (context: MethodContext, options: { query?: string; offset: number; size: number }) =>
  byOffset(
    async (first, offset) =>
      pageOf((await context.query(SubsonicArtistsDocument, { query: options.query ?? null, first, offset })).artists),
    options.offset,
    options.size,
  );

/**
 * getIndexes and getArtists list the album artists, as Navidrome does: a track artist with no album
 * of its own (a featured guest) would be a folder with nothing in it. search3 still finds them.
 */
export const albumArtists = async (context: MethodContext) =>
  (await artistsPage(context, { offset: 0, size: 100_100 })).filter((artist) => artist.albumCount > 0);

export interface AlbumFilter {
  query?: string;
  genre?: string;
  fromYear?: number;
  toYear?: number;
  sort?: AlbumSort;
  offset: number;
  size: number;
}

export async function albumsPage(context: MethodContext, options: AlbumFilter) {
  const albums = await byOffset(
    async (first, offset) =>
      pageOf(
        (
          await context.query(SubsonicAlbumsDocument, {
            query: options.query ?? null,
            genre: options.genre ?? null,
            fromYear: options.fromYear ?? null,
            toYear: options.toYear ?? null,
            sort: options.sort ?? 'NEWEST',
            first,
            offset,
          })
        ).albums,
      ),
    options.offset,
    options.size,
  );
  // RANDOM is a new order per page: more than a page may repeat an album.
  return options.sort === 'RANDOM' ? [...new Map(albums.map((album) => [album.id, album])).values()] : albums;
}

export const songsPage = (
  context: MethodContext,
  options: { query?: string; genre?: string; offset: number; size: number },
) =>
  byOffset(
    async (first, offset) =>
      pageOf(
        (
          await context.query(SubsonicSongsDocument, {
            query: options.query ?? null,
            genre: options.genre ?? null,
            first,
            offset,
          })
        ).songs,
      ),
    options.offset,
    options.size,
  );

export async function randomSongs(
  context: MethodContext,
  options: { size: number; genre?: string | undefined; fromYear?: number | undefined; toYear?: number | undefined },
) {
  if (options.size === 0) return [];
  const { randomSongs } = await context.query(SubsonicRandomSongsDocument, {
    first: options.size,
    genre: options.genre ?? null,
    fromYear: options.fromYear ?? null,
    toYear: options.toYear ?? null,
  });
  return randomSongs;
}

export async function genreSummaries(context: MethodContext) {
  return (await context.query(SubsonicGenresDocument, {})).genreSummaries;
}
