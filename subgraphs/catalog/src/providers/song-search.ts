import { badUserInput } from '@sp0t1fy/platform';
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { CatalogDatabase, SongRow } from '../database.js';
import { decodeCursor, encodeCursor, listFingerprint, pageOffset, pageSize } from './list-cursor.js';
import { SONG_COLUMNS } from './songs-repository.js';

export interface SongListArgs {
  query?: string | null;
  genre?: string | null;
  first?: number | null;
  after?: string | null;
  offset?: number | null;
}

export interface SongPage {
  /** rank: the match's relevance tier (TIERS), 0 without a query. */
  edges: Array<{ cursor: string; node: SongRow; rank: number }>;
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

export interface SongSearchOptions {
  /** Up to this many matches, rank every match in one scan; above it, read tier by tier (see below). */
  rankEveryMatchUpTo?: number;
}

/**
 * How a search ranks depends on how many songs match, which it counts first when the caller asks for
 * the total (otherwise it reads tier by tier, right for any number). Reading tier by tier costs
 * planning eight subqueries, 3-6 ms on the bench's busy machine whatever the word; ranking every
 * match in one scan costs reading each of them, ~5 µs a match there (800 matches: 4 ms either way).
 */
export const RANK_EVERY_MATCH_UP_TO = 500;

export function createSongSearch(
  db: Kysely<CatalogDatabase>,
  { rankEveryMatchUpTo = RANK_EVERY_MATCH_UP_TO }: SongSearchOptions = {},
) {
  return {
    /**
     * Without a query: newest first. With one: songs whose title, artist or album contain every word,
     * folded (lower case, no accents) on both sides, best first (TIERS). Keyset pagination on (rank,
     * seq), so a page never repeats or skips a song when others are added meanwhile.
     */
    async list(args: SongListArgs, options: { count: boolean } = { count: true }): Promise<SongPage> {
      const first = pageSize(args.first, { fallback: PAGE_SIZE.default, max: PAGE_SIZE.max }, 'songs');
      const offset = pageOffset(args.offset, args.after, 'songs');
      const words = queryWords(args.query);
      const genre = args.genre?.trim() || null;
      const list = fingerprint(words, genre);
      const after = args.after ? readCursor(args.after, list, words.length > 0) : null;

      const terms = words.length > 0 ? searchTerms(words) : null;
      const inGenre = genre ? [sql<SqlBool>`lower(genre) = lower(${genre})`] : [];
      const matches = [...(terms?.matchesEveryWord ?? []), ...inGenre];
      const count = options.count
        ? Number(
            (
              await db
                .selectFrom('songs')
                .select((eb) => eb.fn.countAll<number>().as('count'))
                .where((eb) => eb.and(matches))
                .executeTakeFirstOrThrow()
            ).count,
          )
        : null;

      const limit = first + 1;
      const rows = !terms
        ? await db
            .selectFrom('songs')
            .select(SONG_COLUMNS)
            .select(sql<number>`0`.as('rank'))
            .where((eb) => eb.and(matches))
            .$if(after !== null, (page) => page.where('seq', '<', after!.seq))
            .orderBy('seq', 'desc')
            .limit(limit)
            .offset(offset)
            .execute()
        : count !== null && count <= rankEveryMatchUpTo
          ? await rankEveryMatch(db, terms, matches, { limit, offset }, after)
          : await readTiers(db, terms, inGenre, { limit, offset }, after);

      const edges = rows.slice(0, first).map(({ rank, ...node }) => ({
        cursor: encodeCursor({ seq: Number(node.seq), ...(terms && { rank: Number(rank) }), list }),
        node,
        rank: Number(rank),
      }));
      return {
        edges,
        hasNextPage: rows.length > first,
        endCursor: edges.at(-1)?.cursor ?? null,
        totalCount: count ?? 0,
      };
    },
  };
}

export type SongSearch = ReturnType<typeof createSongSearch>;

export function queryWords(query: string | null | undefined): string[] {
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

/** The folded fields (migration 0003; album_folded is '' for no album), and all three: what a word must be in. */
const TITLE = sql<string>`title_folded`;
const ARTIST = sql<string>`artist_folded`;
const ALBUM = sql<string>`album_folded`;
/** Exactly the expression of the trigram index songs_search_trgm, or the planner cannot use it. */
const SEARCH_TEXT = sql<string>`(title_folded || ' ' || artist_folded || ' ' || album_folded)`;
type Field = typeof TITLE;

/** The conditions a search is written with. */
interface Terms {
  /** Search text contains every word: what makes a song a match at all. */
  matchesEveryWord: Expression<SqlBool>[];
  titleHasEveryWord: Expression<SqlBool>;
  /** The field is the whole query: its words joined by single spaces, folded. */
  is(field: Field): Expression<SqlBool>;
  /** The field starts with the whole query (or is it). */
  starts(field: Field): Expression<SqlBool>;
}

function searchTerms(words: string[]): Terms {
  const contains = (text: Expression<string>) =>
    words.map((word) => sql<SqlBool>`${text} like '%' || catalog_fold(${escapeLike(word)}) || '%'`);
  const whole = words.join(' ');
  return {
    matchesEveryWord: contains(SEARCH_TEXT),
    titleHasEveryWord: sql<SqlBool>`(${sql.join(contains(TITLE), sql` and `)})`,
    is: (field) => sql<SqlBool>`${field} = catalog_fold(${whole})`,
    starts: (field) => sql<SqlBool>`${field} like catalog_fold(${escapeLike(whole)}) || '%'`,
  };
}

const not = (condition: Expression<SqlBool>) => sql<SqlBool>`not (${condition})`;
/** In none of the six field tiers: no field starts with the whole query (starting includes being it). */
const noFieldStarts = (t: Terms) => [not(t.starts(TITLE)), not(t.starts(ARTIST)), not(t.starts(ALBUM))];

/** The tiers where the song's title is, or starts with, the whole query. */
export const TITLE_RANK = { is: 8, starts: 7 } as const;

interface Tier {
  rank: number;
  /** Puts a match in this tier unless it is in a better one (the last tier: every other match). */
  when?: (terms: Terms) => Expression<SqlBool>;
  /** The songs in this tier and no better one, written so an index can find them. */
  only: (terms: Terms) => Expression<SqlBool>[];
  /** Read by scanning the matches, not through a folded-field index. */
  scans?: true;
}

/**
 * Relevance tiers, best first: the whole query is the song's title, starts it, is its artist, starts
 * it, is its album, starts it; then the title contains every word; then any other match. A song is in
 * the first tier it fits, newest first within a tier; the rank is the cursor's.
 *
 * Tiers instead of a similarity score: a score had to be computed for every match before the best
 * could be picked (~350 ms for a word in one song of eight among 100,000), where a tier can be read
 * newest first and stopped after one page. The first six are read through the folded-field indexes
 * and do not repeat the match on every word (a field that is or starts with the whole query contains
 * each word), so the planner estimates them by their own condition.
 */
const TIERS: Tier[] = [
  { rank: TITLE_RANK.is, when: (t) => t.is(TITLE), only: (t) => [t.is(TITLE)] },
  { rank: TITLE_RANK.starts, when: (t) => t.starts(TITLE), only: (t) => [t.starts(TITLE), not(t.is(TITLE))] },
  { rank: 6, when: (t) => t.is(ARTIST), only: (t) => [not(t.starts(TITLE)), t.is(ARTIST)] },
  {
    rank: 5,
    when: (t) => t.starts(ARTIST),
    only: (t) => [not(t.starts(TITLE)), t.starts(ARTIST), not(t.is(ARTIST))],
  },
  {
    rank: 4,
    when: (t) => t.is(ALBUM),
    only: (t) => [not(t.starts(TITLE)), not(t.starts(ARTIST)), t.is(ALBUM)],
  },
  {
    rank: 3,
    when: (t) => t.starts(ALBUM),
    only: (t) => [not(t.starts(TITLE)), not(t.starts(ARTIST)), t.starts(ALBUM), not(t.is(ALBUM))],
  },
  {
    rank: 2,
    when: (t) => t.titleHasEveryWord,
    only: (t) => [...t.matchesEveryWord, ...noFieldStarts(t), t.titleHasEveryWord],
    scans: true,
  },
  {
    rank: 1,
    only: (t) => [...t.matchesEveryWord, ...noFieldStarts(t), not(t.titleHasEveryWord)],
    scans: true,
  },
];
const RANKS = TIERS.map(({ rank }) => rank);

type RankedRow = SongRow & { rank: number };

/** The rows a page reads: `limit` of them after skipping `offset` (0 with a cursor). */
interface Window {
  limit: number;
  offset: number;
}

/** Few matches: every match ranked (the tiers as one CASE) and sorted, in one scan. */
function rankEveryMatch(
  db: Kysely<CatalogDatabase>,
  terms: Terms,
  matches: Expression<SqlBool>[],
  { limit, offset }: Window,
  after: Cursor | null,
): Promise<RankedRow[]> {
  const rank = sql<number>`case ${sql.join(
    TIERS.filter(({ when }) => when).map(({ rank, when }) => sql`when ${when!(terms)} then ${sql.lit(rank)}`),
    sql` `,
  )} else ${sql.lit(TIERS.at(-1)!.rank)} end`;
  return db
    .selectFrom('songs')
    .select(SONG_COLUMNS)
    .select(rank.as('rank'))
    .where((eb) => eb.and(matches))
    .$if(after !== null, (page) => page.where(sql<SqlBool>`(${rank}, seq) < (${after!.rank}, ${after!.seq})`))
    .orderBy('rank', 'desc')
    .orderBy('seq', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

/**
 * Many matches (or not counted): one statement reading each tier from the cursor's on, newest first
 * and at most `offset + limit` songs, then the best `limit` of those after the first `offset`. A scanning tier is read only when the
 * tiers before it did not fill the page (a one-time filter: PostgreSQL does not start its scan),
 * because one that cannot stop early (it is empty, or almost) reads every match: the last tiers of a
 * common word, whose matches are all in the first ones.
 */
async function readTiers(
  db: Kysely<CatalogDatabase>,
  terms: Terms,
  inGenre: Expression<SqlBool>[],
  { limit: pageLimit, offset }: Window,
  after: Cursor | null,
): Promise<RankedRow[]> {
  // Skipped rows may come from any tier, so each tier reads as deep as the page ends.
  const limit = pageLimit + offset;
  const tiers = TIERS.filter(({ rank }) => after?.rank === undefined || rank <= after.rank);
  const page = ({ rank, only }: Tier) =>
    db
      .selectFrom('songs')
      .select(SONG_COLUMNS)
      .select(sql.lit(rank).as('rank'))
      .where((eb) => eb.and([...only(terms), ...inGenre]))
      .$if(after?.rank === rank, (songs) => songs.where('seq', '<', after!.seq))
      .orderBy('seq', 'desc')
      .limit(limit);

  const indexed = tiers.filter(({ scans }) => !scans);
  const ctes = indexed.length
    ? [
        sql`better as materialized (${sql.join(
          indexed.map((tier) => sql`select * from (${page(tier)}) as tier`),
          sql` union all `,
        )})`,
      ]
    : [];
  const names = indexed.length ? [sql.table('better')] : [];
  for (const tier of tiers.filter(({ scans }) => scans)) {
    const room = names.length
      ? sql`where ${sql.join(
          names.map((name) => sql`(select count(*) from ${name})`),
          sql` + `,
        )} < ${limit}`
      : sql``;
    const name = sql.table(`tier_${tier.rank}`);
    ctes.push(sql`${name} as materialized (select * from (${page(tier)}) as tier ${room})`);
    names.push(name);
  }
  const { rows } = await sql<RankedRow>`
    with ${sql.join(ctes)}
    select * from (${sql.join(
      names.map((name) => sql`select * from ${name}`),
      sql` union all `,
    )}) as ranked
    order by rank desc, seq desc
    limit ${pageLimit} offset ${offset}
  `.execute(db);
  return rows;
}

/** A word searched for literally: LIKE's wildcards in it match themselves. */
export const escapeLike = (word: string) => word.replace(/[\\%_]/g, (character) => `\\${character}`);

const fingerprint = (words: string[], genre: string | null) => listFingerprint([words, genre?.toLowerCase() ?? null]);

/** A ranked list's cursor names one of today's tiers (cursors from an older ranking are refused). */
const readCursor = (value: string, list: string, ranked: boolean): Cursor =>
  decodeCursor<Cursor>(
    value,
    list,
    (cursor) =>
      Number.isSafeInteger(cursor.seq) && (ranked ? RANKS.includes(cursor.rank as number) : cursor.rank === undefined),
    'search',
  );
