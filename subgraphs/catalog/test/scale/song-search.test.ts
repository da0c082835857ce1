import type { Database } from '@sp0t1fy/platform';
import { testBackends } from '@sp0t1fy/platform/testing';
import type { CompiledQuery, Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogDatabase } from '../../src/database.js';
import { createSongSearch, type SongSearch } from '../../src/providers/song-search.js';
import { openCatalogDatabase } from '../support/database.js';
import { explain, observe, rowsRead, seedLibrary } from './library.js';

const SONGS = 100_000;

/**
 * The statements a search really runs (the provider's own), on the bench's library of 100,000 songs
 * on real PostgreSQL: a page of a common word must read about as many songs as it shows, not rank
 * every match (a word in one song of eight took ~350 ms when it did); a rare word's few matches are
 * ranked in one scan; counting goes through the trigram index.
 */
const postgres = (await testBackends()).filter((backend) => backend.postgresUrl);

describe.skipIf(postgres.length === 0)('search statements on 100,000 songs', () => {
  let database: Database<CatalogDatabase> & { url?: string };
  let observed: Kysely<CatalogDatabase>;
  let search: SongSearch;
  let statements: CompiledQuery[];

  beforeAll(async () => {
    database = await openCatalogDatabase(postgres[0]!);
    const started = performance.now();
    await seedLibrary(database, SONGS);
    console.info(`seeded ${SONGS} songs in ${Math.round(performance.now() - started)} ms`);
    ({ db: observed, statements } = observe(database.url!));
    search = createSongSearch(observed);
  });
  afterAll(async () => {
    await observed?.destroy();
    await database?.close();
  });

  it.each([
    ['love', 12_500],
    ['love waltz', 2_500],
    ['waltz', 20_000],
  ])(
    '"%s" (%i matches): a page reads a fraction of the matches, the count uses the trigram index',
    async (query, matches) => {
      statements.length = 0;
      const first = await search.list({ query, first: 20 }, { count: true });
      expect(first.totalCount).toBe(matches);
      await search.list({ query, first: 20, after: first.endCursor }, { count: false });
      const [count, page, nextPage] = statements;

      for (const [name, statement] of [
        ['page 1', page!],
        ['page 2', nextPage!],
      ] as const) {
        const { nodes, ms } = await explain(database.db, statement);
        const read = rowsRead(nodes);
        console.info(`"${query}" ${name}: ${ms.toFixed(2)} ms, ${read} songs read for ${matches} matches`);
        expect(read).toBeLessThan(matches / 2);
      }
      const { nodes } = await explain(database.db, count!);
      expect(nodes.map((node) => node['Index Name']).filter(Boolean)).toContain('songs_search_trgm');
      expect(nodes.filter((node) => node['Node Type'] === 'Seq Scan')).toEqual([]);
    },
  );

  it('"zephyrine" (5 matches): counted, then ranked in one scan of its matches through the trigram index', async () => {
    statements.length = 0;
    const { totalCount, hasNextPage } = await search.list({ query: 'zephyrine', first: 20 }, { count: true });
    expect({ totalCount, hasNextPage, statements: statements.length }).toEqual({
      totalCount: 5,
      hasNextPage: false,
      statements: 2,
    });
    for (const statement of statements) {
      const { nodes, ms } = await explain(database.db, statement);
      console.info(`"zephyrine": ${ms.toFixed(2)} ms, ${rowsRead(nodes)} songs read for 5 matches`);
      expect(nodes.map((node) => node['Index Name']).filter(Boolean)).toEqual(['songs_search_trgm']);
      expect(rowsRead(nodes)).toBeLessThan(100);
    }
  });
});
