import { badUserInput, isUuid } from '@sp0t1fy/platform';
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { AlbumRow, CatalogDatabase, SongRow } from '../database.js';
import { keysetPage, type Page } from './keyset-page.js';
import { listFingerprint, pageOffset, pageSize } from './list-cursor.js';
import { escapeLike, queryWords } from './song-search.js';
import { SONG_COLUMNS } from './songs-repository.js';
import { type YearRangeArgs, yearRange } from './year-range.js';

export type AlbumSort = 'NEWEST' | 'NAME' | 'ARTIST' | 'YEAR' | 'MOST_PLAYED' | 'RANDOM';

export interface AlbumListArgs extends YearRangeArgs {
  query?: string | null;
  artistId?: string | null;
  genre?: string | null;
  sort?: AlbumSort | null;
  first?: number | null;
  after?: string | null;
  offset?: number | null;
}

export const LIST_SIZE = { fallback: 50, max: 100 } as const;

type Order = { keys: Array<keyof AlbumRow & string>; descending: boolean };

/**
 * Each sort's keyset: the columns it orders by, all one way, unique together (newest_seq and id are),
 * and exactly the columns of its index in migration 0006.
 */
const SORTS: Record<AlbumSort, Order> = {
  NEWEST: { keys: ['newest_seq'], descending: true },
  NAME: { keys: ['name_sort', 'id'], descending: false },
  ARTIST: { keys: ['artist_sort', 'name_sort', 'id'], descending: false },
  YEAR: { keys: ['year_key', 'newest_seq'], descending: true },
  MOST_PLAYED: { keys: ['play_count', 'newest_seq'], descending: true },
  // Ordered by random() instead; the keys only name each album's cursor.
  RANDOM: { keys: ['newest_seq'], descending: true },
};

/**
 * The order of a page: the sort's, except that a range of years (both ends given) with NEWEST (the
 * default) or YEAR is listed by year as Subsonic's byYear lists it, oldest first, or newest first when
 * fromYear > toYear. albums_by_year serves both directions.
 */
function orderOf(args: AlbumListArgs, sort: AlbumSort): Order {
  const { fromYear, toYear } = args;
  if (fromYear == null || toYear == null || (sort !== 'NEWEST' && sort !== 'YEAR')) return SORTS[sort];
  return { keys: ['year_key', 'newest_seq'], descending: fromYear > toYear };
}

/** Through year_key (no year is 0 there), so albums_by_year can read the range. */
function inYears(args: AlbumListArgs): Expression<SqlBool>[] {
  const years = yearRange(sql.ref('year_key'), args);
  return years.length ? [...years, sql<SqlBool>`year is not null`] : [];
}

/** The words of a query, each to be contained in `text` (folded on both sides). */
export function containsEveryWord(text: Expression<string>, query: string | null | undefined): Expression<SqlBool>[] {
  return queryWords(query).map((word) => sql<SqlBool>`${text} like '%' || catalog_fold(${escapeLike(word)}) || '%'`);
}

export function createAlbumsRepository(db: Kysely<CatalogDatabase>) {
  return {
    async list(args: AlbumListArgs, options: { count: boolean }): Promise<Page<AlbumRow>> {
      const first = pageSize(args.first, LIST_SIZE, 'albums');
      const offset = pageOffset(args.offset, args.after, 'albums');
      const sortName = args.sort ?? 'NEWEST';
      if (sortName === 'RANDOM' && args.after) {
        throw badUserInput('A random order has no cursors; continue with offset', { field: 'after' });
      }
      const sort = orderOf(args, sortName);
      const genre = args.genre?.trim() || null;
      const artistId = args.artistId?.trim().toLowerCase() || null;
      const conditions = [
        ...containsEveryWord(sql.ref('search_text'), args.query),
        ...(genre ? [sql<SqlBool>`lower(genre) = lower(${genre})`] : []),
        // An id that cannot be an artist's matches no album, as an unknown one does.
        ...(artistId ? [isUuid(artistId) ? sql<SqlBool>`artist_id = ${artistId}` : sql<SqlBool>`false`] : []),
        ...inYears(args),
      ];
      return keysetPage(db, {
        table: 'albums',
        conditions,
        keys: sort.keys,
        descending: sort.descending,
        first,
        after: args.after,
        offset,
        random: sortName === 'RANDOM',
        list: listFingerprint([
          'albums',
          queryWords(args.query),
          genre?.toLowerCase() ?? null,
          artistId,
          sortName,
          // Only with a year does the list carry them, so cursors from before years existed still continue.
          ...(args.fromYear != null || args.toYear != null ? [args.fromYear ?? null, args.toYear ?? null] : []),
        ]),
        listName: 'list of albums',
        count: options.count,
      });
    },

    async findByIds(ids: readonly string[]): Promise<AlbumRow[]> {
      const valid = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
      return valid.length ? db.selectFrom('albums').selectAll().where('id', 'in', valid).execute() : [];
    },

    /** Every album's songs in album order, in one statement. */
    async songsOf(albumIds: readonly string[]): Promise<SongRow[]> {
      if (albumIds.length === 0) return [];
      return db
        .selectFrom('songs')
        .select(SONG_COLUMNS)
        .where('album_id', 'in', albumIds)
        .orderBy('album_id')
        .orderBy(sql`track_number is null`)
        .orderBy(sql`coalesce(disc_number, 1)`)
        .orderBy('track_number')
        .orderBy('title_folded')
        .orderBy('seq')
        .execute();
    },

    /** The albums each artist is the album artist of, newest release year first, in one statement. */
    async ofArtists(artistIds: readonly string[]): Promise<AlbumRow[]> {
      if (artistIds.length === 0) return [];
      return db
        .selectFrom('albums')
        .selectAll()
        .where('artist_id', 'in', artistIds)
        .orderBy('artist_id')
        .orderBy('year_key', 'desc')
        .orderBy('newest_seq', 'desc')
        .execute();
    },
  };
}

export type AlbumsRepository = ReturnType<typeof createAlbumsRepository>;
