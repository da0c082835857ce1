import type { MethodContext } from './method.js';
import {
  type AlbumSort,
  SubsonicAlbumsDocument,
  SubsonicArtistsDocument,
  SubsonicGenreCountsDocument,
  SubsonicGenresDocument,
  SubsonicSongsDocument,
} from './operations.js';
import { byOffset, everything, pageOf, shuffled } from './paging.js';

/**
 * The supergraph reads the methods share, each behind one function so that switching to the
 * arguments other helpers are adding (offset, RANDOM, randomSongs, genreSummaries) is a line each.
 */

export const artistsPage = (context: MethodContext, options: { query?: string; offset: number; size: number }) =>
  byOffset(
    async (first, after) =>
      pageOf(
        (await context.query(SubsonicArtistsDocument, { query: options.query ?? null, first, after: after ?? null }))
          .artists,
      ),
    options.offset,
    options.size,
  );

export const allArtists = (context: MethodContext) => artistsPage(context, { offset: 0, size: 100_000 });

export const albumsPage = (
  context: MethodContext,
  options: { query?: string; genre?: string; sort?: AlbumSort; offset: number; size: number },
) =>
  byOffset(
    async (first, after) =>
      pageOf(
        (
          await context.query(SubsonicAlbumsDocument, {
            query: options.query ?? null,
            genre: options.genre ?? null,
            sort: options.sort ?? 'NEWEST',
            first,
            after: after ?? null,
          })
        ).albums,
      ),
    options.offset,
    options.size,
  );

/** Albums of release years from..to inclusive (from > to: newest first), as the contract's fromYear/toYear. */
export async function albumsByYear(
  context: MethodContext,
  options: { fromYear: number; toYear: number; offset: number; size: number },
) {
  const low = Math.min(options.fromYear, options.toYear);
  const high = Math.max(options.fromYear, options.toYear);
  const all = await albumsPage(context, { sort: 'YEAR', offset: 0, size: 10_000 });
  const within = all.filter((album) => album.year != null && album.year >= low && album.year <= high);
  // YEAR lists newest first; Subsonic's byYear goes from fromYear towards toYear.
  const ordered = options.fromYear <= options.toYear ? within.reverse() : within;
  return ordered.slice(options.offset, options.offset + options.size);
}

export async function randomAlbums(context: MethodContext, size: number) {
  return shuffled(await albumsPage(context, { offset: 0, size: 500 })).slice(0, size);
}

export const songsPage = (
  context: MethodContext,
  options: { query?: string; genre?: string; offset: number; size: number },
) =>
  byOffset(
    async (first, after) =>
      pageOf(
        (
          await context.query(SubsonicSongsDocument, {
            query: options.query ?? null,
            genre: options.genre ?? null,
            first,
            after: after ?? null,
          })
        ).songs,
      ),
    options.offset,
    options.size,
  );

export async function randomSongs(
  context: MethodContext,
  options: { size: number; genre?: string; fromYear?: number; toYear?: number },
) {
  const candidates = await everything(
    async (first, after) =>
      pageOf(
        (
          await context.query(SubsonicSongsDocument, {
            query: null,
            genre: options.genre ?? null,
            first,
            after: after ?? null,
          })
        ).songs,
      ),
    1000,
  );
  const inYears = candidates.filter(
    (song) =>
      (options.fromYear === undefined || (song.releaseYear ?? -1) >= options.fromYear) &&
      (options.toYear === undefined || (song.releaseYear ?? Number.MAX_SAFE_INTEGER) <= options.toYear),
  );
  return shuffled(inYears).slice(0, options.size);
}

export async function genreSummaries(context: MethodContext) {
  const { genres } = await context.query(SubsonicGenresDocument, {});
  return Promise.all(
    genres.map(async (name) => {
      const counts = await context.query(SubsonicGenreCountsDocument, { genre: name });
      return { name, songCount: counts.songs.totalCount, albumCount: counts.albums.totalCount };
    }),
  );
}
