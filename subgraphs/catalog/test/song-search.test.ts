import type { Database } from '@sp0t1fy/platform';
import { testBackends } from '@sp0t1fy/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogDatabase } from '../src/database.js';
import { createSongSearch, type SongListArgs, type SongSearch } from '../src/providers/song-search.js';
import { insertSongs, openCatalogDatabase } from './support/database.js';

/**
 * One song in each relevance tier for "blue moon", uploaded in an order unlike the ranking (the best
 * match oldest but one), so the ranking cannot come from upload order. Plus songs that match no tier
 * but the last, and one that does not match.
 */
const LIBRARY = [
  { title: 'Porch Light', artist: 'Ella', album: 'Blue Moon' }, // album is the query
  { title: 'Blue Möon', artist: 'Ella' }, // title is the query, but for case and accent
  { title: 'Moon River', artist: 'Blue Notes' }, // the words, in different fields
  { title: 'Harvest', artist: 'Blue Moon' }, // artist is the query
  { title: 'Once in a Blue Moon', artist: 'Lyle' }, // the title contains every word
  { title: 'Embers', artist: 'Kim', album: 'Blue Moon Sessions' }, // album starts with the query
  { title: 'Blue Skies', artist: 'Irving' }, // no "moon": not a match
  { title: 'Tides', artist: 'Blue Moon Band', genre: 'Jazz' }, // artist starts with the query
  { title: 'Blue Moon Rising', artist: 'Ada', genre: 'Jazz' }, // title starts with the query
  { title: 'blue moon', artist: 'Zed' }, // title is the query, and newer
  // 30 titles starting with "starlight" among 30 that only contain it, interleaved in upload order.
  ...Array.from({ length: 30 }, (_, i) => [
    { title: `Starlight ${i}`, artist: 'Many' },
    { title: `Under Starlight ${i}`, artist: 'Many' },
  ]).flat(),
];
const RANKED = [
  'blue moon',
  'Blue Möon',
  'Blue Moon Rising',
  'Harvest',
  'Tides',
  'Porch Light',
  'Embers',
  'Once in a Blue Moon',
  'Moon River',
];

/** Both ways of ranking, which must agree on every list and page: one scan (few matches), tier by tier (many). */
const WAYS = [
  { way: 'every match ranked in one scan', rankEveryMatchUpTo: Number.POSITIVE_INFINITY },
  { way: 'tier by tier', rankEveryMatchUpTo: -1 },
];

describe.each(await testBackends())('search ranking and paging ($name)', (backend) => {
  let database: Database<CatalogDatabase> & { migrate(): Promise<void> };

  beforeAll(async () => {
    // The library exists before the search indexes do: the migration must index the songs already stored.
    database = await openCatalogDatabase(backend, '0002-create-song-events');
    await insertSongs(database, LIBRARY);
    await database.migrate();
  });
  afterAll(() => database?.close());

  it('indexes the songs stored before the migration', async () => {
    const { rows } = await sql<{ indexname: string }>`
      select indexname from pg_indexes where tablename = 'songs' and indexname like 'songs\\_%\\_folded' order by 1
    `.execute(database.db);
    expect(rows.map((row) => row.indexname)).toEqual([
      'songs_album_folded',
      'songs_artist_folded',
      'songs_title_folded',
    ]);
    const { edges } = await createSongSearch(database.db, { rankEveryMatchUpTo: -1 }).list({ query: 'harvest' });
    expect(edges.map((edge) => edge.node.title)).toEqual(['Harvest']);
  });

  describe.each(WAYS)('$way', ({ rankEveryMatchUpTo }) => {
    let search: SongSearch;
    beforeAll(() => {
      search = createSongSearch(database.db, { rankEveryMatchUpTo });
    });

    const titles = async (args: SongListArgs) => (await search.list(args)).edges.map((edge) => edge.node.title);

    async function allPages(args: SongListArgs): Promise<string[]> {
      const seen: string[] = [];
      let after = args.after ?? null;
      for (;;) {
        const page = await search.list({ ...args, after });
        seen.push(...page.edges.map((edge) => edge.node.title));
        if (!page.hasNextPage) return seen;
        after = page.endCursor;
      }
    }

    it('ranks the title that is the query first, then a title, artist or album being or starting with it, then the title containing every word, then any match', async () => {
      expect(await titles({ query: 'blue moon' })).toEqual(RANKED);
      expect((await search.list({ query: 'blue moon' })).totalCount).toBe(RANKED.length);
    });

    it('ignores case, accents and extra spaces in the query', async () => {
      expect(await titles({ query: '  BLÜE   MOÖN ' })).toEqual(RANKED);
    });

    it('matches any part of a word, each word anywhere in title, artist or album', async () => {
      expect(await titles({ query: 'oon riv' })).toEqual(['Moon River']);
      expect(await titles({ query: 'notes river' })).toEqual(['Moon River']);
      expect(await titles({ query: 'skies moon' })).toEqual([]);
    });

    it('ranks within the genre asked for', async () => {
      expect(await titles({ query: 'blue moon', genre: 'jazz' })).toEqual(['Blue Moon Rising', 'Tides']);
    });

    it.each([1, 2, 3, 4, 8])('walks the ranked list %i at a time without repeats or gaps', async (first) => {
      expect(await allPages({ query: 'blue moon', first })).toEqual(RANKED);
    });

    it('pages through many songs in one tier and the tier after it', async () => {
      const oneGo = await titles({ query: 'starlight', first: 100 });
      expect(oneGo).toEqual([
        ...Array.from({ length: 30 }, (_, i) => `Starlight ${29 - i}`),
        ...Array.from({ length: 30 }, (_, i) => `Under Starlight ${29 - i}`),
      ]);
      expect(await allPages({ query: 'starlight', first: 7 })).toEqual(oneGo);
      expect((await search.list({ query: 'starlight', first: 7 })).totalCount).toBe(60);
    });

    it('continues a ranked list after songs are added: those ranked before its cursor are not shown again, those after are', async () => {
      const firstPage = await search.list({ query: 'blue moon', first: 4 });
      expect(firstPage.edges.at(-1)?.node.title).toBe('Harvest');
      const added = [
        { title: 'Blue Moon', artist: 'New' }, // a better tier than the cursor's
        { title: 'Echo', artist: 'Blue Moon' }, // the cursor's tier, newer than the cursor's song
        { title: 'Shoes', artist: 'New', album: 'Blue Moon' }, // a tier after the cursor's, newest in it
      ];
      await insertSongs(database, added);
      try {
        const rest = await allPages({ query: 'blue moon', first: 3, after: firstPage.endCursor });
        expect(rest).toEqual(['Tides', 'Shoes', 'Porch Light', 'Embers', 'Once in a Blue Moon', 'Moon River']);
      } finally {
        const addedTitles = added.map((song) => song.title);
        await database.db.deleteFrom('songs').where('title', 'in', addedTitles).execute();
      }
    });

    it('refuses a ranked cursor whose rank is not a tier (one from the ranking before tiers)', async () => {
      const { endCursor } = await search.list({ query: 'blue moon', first: 1 });
      const cursor = JSON.parse(Buffer.from(endCursor!, 'base64url').toString('utf8'));
      const old = Buffer.from(JSON.stringify({ ...cursor, rank: 4500 })).toString('base64url');
      await expect(search.list({ query: 'blue moon', after: old })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'after' },
      });
    });
  });
});
