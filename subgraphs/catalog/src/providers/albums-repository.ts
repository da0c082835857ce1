import { isUuid } from '@sp0t1fy/platform';
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { AlbumRow, CatalogDatabase, SongRow } from '../database.js';
import { decodeCursor, encodeCursor, listFingerprint, pageSize } from './list-cursor.js';
import { escapeLike, queryWords } from './song-search.js';
import { SONG_COLUMNS } from './songs-repository.js';

export type AlbumSort = 'NEWEST' | 'NAME' | 'ARTIST' | 'YEAR' | 'MOST_PLAYED';

export interface AlbumListArgs {
  query?: string | null;
  artistId?: string | null;
  genre?: string | null;
  sort?: AlbumSort | null;
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  hasNextPage: boolean;
  endCursor: string | null;
  /** 0 when the caller asked not to count. */
  totalCount: number;
}

export const LIST_SIZE = { fallback: 50, max: 100 } as const;

/**
 * Each sort's keyset: the columns it orders by, all one way, unique together (newest_seq and id are),
 * and exactly the columns of its index in migration 0006.
 */
const SORTS: Record<AlbumSort, { keys: Array<keyof AlbumRow>; descending: boolean }> = {
  NEWEST: { keys: ['newest_seq'], descending: true },
  NAME: { keys: ['name_sort', 'id'], descending: false },
  ARTIST: { keys: ['artist_sort', 'name_sort', 'id'], descending: false },
  YEAR: { keys: ['year_key', 'newest_seq'], descending: true },
  MOST_PLAYED: { keys: ['play_count', 'newest_seq'], descending: true },
};

interface KeysetCursor {
  keys: Array<string | number>;
  list: string;
}

/** The words of a query, each to be contained in `text` (folded on both sides). */
export function containsEveryWord(text: Expression<string>, query: string | null | undefined): Expression<SqlBool>[] {
  return queryWords(query).map((word) => sql<SqlBool>`${text} like '%' || catalog_fold(${escapeLike(word)}) || '%'`);
}

/** Keyset pagination over `keys`: the rows after the cursor, in the sort's direction. */
export function afterKeys(keys: readonly string[], values: Array<string | number>, descending: boolean) {
  return sql<SqlBool>`(${sql.join(keys.map((key) => sql.ref(key)))}) ${sql.raw(descending ? '<' : '>')} (${sql.join(values)})`;
}

export function readKeysetCursor(value: string, list: string, keyCount: number, listName: string): KeysetCursor {
  return decodeCursor<KeysetCursor>(
    value,
    list,
    (cursor) =>
      Array.isArray(cursor.keys) &&
      cursor.keys.length === keyCount &&
      cursor.keys.every((key) => typeof key === 'string' || Number.isSafeInteger(key)),
    listName,
  );
}

export function createAlbumsRepository(db: Kysely<CatalogDatabase>) {
  return {
    async list(args: AlbumListArgs, options: { count: boolean }): Promise<Page<AlbumRow>> {
      const first = pageSize(args.first, LIST_SIZE, 'albums');
      const sortName = args.sort ?? 'NEWEST';
      const sort = SORTS[sortName];
      const genre = args.genre?.trim() || null;
      const artistId = args.artistId?.trim().toLowerCase() || null;
      const conditions = [
        ...containsEveryWord(sql.ref('search_text'), args.query),
        ...(genre ? [sql<SqlBool>`lower(genre) = lower(${genre})`] : []),
        // An id that cannot be an artist's matches no album, as an unknown one does.
        ...(artistId ? [isUuid(artistId) ? sql<SqlBool>`artist_id = ${artistId}` : sql<SqlBool>`false`] : []),
      ];
      const list = listFingerprint([
        'albums',
        queryWords(args.query),
        genre?.toLowerCase() ?? null,
        artistId,
        sortName,
      ]);
      const after = args.after ? readKeysetCursor(args.after, list, sort.keys.length, 'list of albums') : null;
      const direction = sort.descending ? 'desc' : 'asc';
      const rows = await db
        .selectFrom('albums')
        .selectAll()
        .where((eb) => eb.and(conditions))
        .$if(after !== null, (query) => query.where(afterKeys(sort.keys, after!.keys, sort.descending)))
        .$call((query) => sort.keys.reduce((ordered, key) => ordered.orderBy(key, direction), query))
        .limit(first + 1)
        .execute();
      const count = options.count
        ? (
            await db
              .selectFrom('albums')
              .select((eb) => eb.fn.countAll<number>().as('count'))
              .where((eb) => eb.and(conditions))
              .executeTakeFirstOrThrow()
          ).count
        : 0;
      const edges = rows.slice(0, first).map((node) => ({
        cursor: encodeCursor({ keys: sort.keys.map((key) => keyValue(node[key])), list }),
        node,
      }));
      return {
        edges,
        hasNextPage: rows.length > first,
        endCursor: edges.at(-1)?.cursor ?? null,
        totalCount: Number(count),
      };
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

/** bigint columns may arrive as strings from some drivers; cursors keep numbers. */
const keyValue = (value: unknown): string | number =>
  typeof value === 'number' || typeof value === 'string' ? value : Number(value);
