import type { Database } from '@sp0t1fy/platform';
import { testBackends } from '@sp0t1fy/platform/testing';
import { type CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogDatabase } from '../../src/database.js';
import { createSongSearch, type SongSearch } from '../../src/providers/song-search.js';
import { insertSongs, openCatalogDatabase } from '../support/database.js';

const SONGS = 100_000;

/** A plan node as EXPLAIN (ANALYZE, FORMAT JSON) prints it. */
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];
/** Rows of songs a plan looked at: returned, or read and then filtered out. */
const songsRead = (nodes: PlanNode[]) =>
  nodes
    .filter((node) => node['Relation Name'] === 'songs')
    .reduce(
      (sum, node) =>
        sum +
        (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) *
          node['Actual Loops'],
      0,
    );

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
  const statements: CompiledQuery[] = [];

  beforeAll(async () => {
    database = await openCatalogDatabase(postgres[0]!);
    await insertSongs(database, [{ title: 'Seed', artist: 'Seed' }]);
    const started = performance.now();
    // The bench's seed (bench/src/scenarios/library-scale.ts): "Love" starts one title in eight,
    // "Waltz" is the second word of one in five, "Zephyrine" ends one in 20,000.
    await sql`
      insert into songs (title, artist, album, genre, release_year, duration_seconds, bitrate_kbps, sample_rate_hz,
                         channels, mime_type, size_bytes, sha256, uploaded_by)
      select (array['Love','Night','River','Fire','Dream','Summer','Blue','Gold'])[1 + i % 8] || ' ' ||
             (array['Song','Theme','Waltz','Blues','Anthem'])[1 + (i / 8) % 5] || ' ' || i ||
             case when i % 20000 = 7 then ' Zephyrine' else '' end,
             'Artist ' || (i % 5000), 'Album ' || (i % 20000), (array['Rock','Jazz','Pop','Folk'])[1 + i % 4],
             1960 + i % 60, 120 + i % 200, 128, 44100, 2, mime_type, size_bytes, sha256, uploaded_by
      from generate_series(1, ${SONGS}::int) as i, (select * from songs limit 1) as seed
    `.execute(database.db);
    await sql`vacuum analyze songs`.execute(database.db);
    console.info(`seeded ${SONGS} songs in ${Math.round(performance.now() - started)} ms`);
    observed = new Kysely<CatalogDatabase>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 1 }) }),
      log: (event) => {
        if (event.level === 'query') statements.push(event.query);
      },
    });
    search = createSongSearch(observed);
  });
  afterAll(async () => {
    await observed?.destroy();
    await database?.close();
  });

  async function explain(query: CompiledQuery): Promise<{ nodes: PlanNode[]; ms: number }> {
    const result = await database.db.executeQuery<{
      'QUERY PLAN': Array<{ Plan: PlanNode; 'Execution Time': number }>;
    }>({ ...query, sql: `explain (analyze, format json) ${query.sql}` } as CompiledQuery);
    const [plan] = result.rows[0]!['QUERY PLAN'];
    return { nodes: flatten(plan!.Plan), ms: plan!['Execution Time'] };
  }

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
        const { nodes, ms } = await explain(statement);
        const read = songsRead(nodes);
        console.info(`"${query}" ${name}: ${ms.toFixed(2)} ms, ${read} songs read for ${matches} matches`);
        expect(read).toBeLessThan(matches / 2);
      }
      const { nodes } = await explain(count!);
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
      const { nodes, ms } = await explain(statement);
      console.info(`"zephyrine": ${ms.toFixed(2)} ms, ${songsRead(nodes)} songs read for 5 matches`);
      expect(nodes.map((node) => node['Index Name']).filter(Boolean)).toEqual(['songs_search_trgm']);
      expect(songsRead(nodes)).toBeLessThan(100);
    }
  });
});
