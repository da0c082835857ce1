import { createHash } from 'node:crypto';
import { badUserInput } from '@sp0t1fy/platform';
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { CatalogDatabase, SongRow } from '../database.js';
import { SONG_COLUMNS } from './songs-repository.js';

export interface SongListArgs {
  query?: string | null;
  genre?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface SongPage {
  edges: Array<{ cursor: string; node: SongRow }>;
  hasNextPage: boolean;
  endCursor: string | null;
  /** 0 when the caller asked not to count. */
  totalCount: number;
}

export const PAGE_SIZE = { default: 50, max: 100 } as const;
const MAX_QUERY_LENGTH = 200;
const MAX_QUERY_WORDS = 10;

/** Where a page ended: the sort key of its last song, and which list it belongs to. */
interface Cursor {
  seq: number;
  rank?: number;
  /** Fingerprint of the query and genre: a cursor only continues the list it came from. */
  list: string;
}

export function createSongSearch(db: Kysely<CatalogDatabase>) {
  return {
    /**
     * Without a query: newest first. With one: songs whose title, artist or album contain every word,
     * folded (lower case, no accents) on both sides, best first. Keyset pagination on (rank, seq), so a
     * page never repeats or skips a song when others are added meanwhile.
     */
    async list(args: SongListArgs, options: { count: boolean } = { count: true }): Promise<SongPage> {
      const first = args.first ?? PAGE_SIZE.default;
      if (!Number.isInteger(first) || first < 1 || first > PAGE_SIZE.max) {
        throw badUserInput(`Ask for 1 to ${PAGE_SIZE.max} songs at a time`, { field: 'first' });
      }
      const words = queryWords(args.query);
      const genre = args.genre?.trim() || null;
      const list = fingerprint(words, genre);
      const after = args.after ? decodeCursor(args.after, list, words.length > 0) : null;

      const rank = words.length > 0 ? rankExpression(words.join(' ')) : null;
      const filters = (eb: ExpressionBuilder<CatalogDatabase, 'songs'>) => {
        const conditions: Expression<SqlBool>[] = words.map(
          (word) => sql<SqlBool>`search_text like '%' || catalog_fold(${escapeLike(word)}) || '%'`,
        );
        if (genre) conditions.push(sql<SqlBool>`lower(genre) = lower(${genre})`);
        return eb.and(conditions);
      };

      let page = db
        .selectFrom('songs')
        .select(SONG_COLUMNS)
        .select((rank ?? sql<number>`0`).as('rank'))
        .where(filters);
      if (after && rank) page = page.where(sql<SqlBool>`(${rank}, seq) < (${after.rank ?? 0}, ${after.seq})`);
      else if (after) page = page.where('seq', '<', after.seq);
      if (rank) page = page.orderBy(rank, 'desc');
      const rows = await page
        .orderBy('seq', 'desc')
        .limit(first + 1)
        .execute();

      const { count } = options.count
        ? await db
            .selectFrom('songs')
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .where(filters)
            .executeTakeFirstOrThrow()
        : { count: 0 };

      const edges = rows.slice(0, first).map(({ rank: rowRank, ...node }) => ({
        cursor: encodeCursor({ seq: Number(node.seq), ...(rank && { rank: Number(rowRank) }), list }),
        node,
      }));
      return {
        edges,
        hasNextPage: rows.length > first,
        endCursor: edges.at(-1)?.cursor ?? null,
        totalCount: Number(count),
      };
    },
  };
}

export type SongSearch = ReturnType<typeof createSongSearch>;

function queryWords(query: string | null | undefined): string[] {
  const text = query?.normalize('NFC').trim() ?? '';
  if ([...text].length > MAX_QUERY_LENGTH) {
    throw badUserInput(`Search for at most ${MAX_QUERY_LENGTH} characters`, { field: 'query' });
  }
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > MAX_QUERY_WORDS) {
    throw badUserInput(`Search for at most ${MAX_QUERY_WORDS} words`, { field: 'query' });
  }
  return words;
}

/**
 * Relevance, as an integer so cursors compare exactly: how much of the query a title, artist or album
 * contains (pg_trgm's word_similarity), with a bonus when one of them is or starts with the query.
 */
function rankExpression(query: string) {
  const q = sql`catalog_fold(${query})`;
  const title = sql`catalog_fold(title)`;
  const artist = sql`catalog_fold(artist)`;
  const album = sql`catalog_fold(coalesce(album, ''))`;
  return sql<number>`round(1000 * (
      3 * word_similarity(${q}, ${title}) + 2 * word_similarity(${q}, ${artist}) + word_similarity(${q}, ${album})
      + case when ${title} = ${q} then 3 when starts_with(${title}, ${q}) then 1.5 else 0 end
      + case when ${artist} = ${q} then 2 when starts_with(${artist}, ${q}) then 1 else 0 end
    ))::int`;
}

/** A word searched for literally: LIKE's wildcards in it match themselves. */
const escapeLike = (word: string) => word.replace(/[\\%_]/g, (character) => `\\${character}`);

const fingerprint = (words: string[], genre: string | null) =>
  createHash('sha256')
    .update(JSON.stringify([words, genre?.toLowerCase() ?? null]))
    .digest('base64url')
    .slice(0, 10);

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(value: string, list: string, ranked: boolean): Cursor {
  const invalid = () => badUserInput('This cursor is not valid; start from the first page again', { field: 'after' });
  let cursor: Partial<Cursor>;
  try {
    cursor = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof cursor !== 'object' || cursor === null || !Number.isSafeInteger(cursor.seq)) throw invalid();
  if (ranked !== Number.isSafeInteger(cursor.rank)) throw invalid();
  if (cursor.list !== list) {
    throw badUserInput('This cursor belongs to a different search; start from the first page again', {
      field: 'after',
    });
  }
  return cursor as Cursor;
}
