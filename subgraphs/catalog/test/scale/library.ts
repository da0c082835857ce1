import type { Database } from '@sp0t1fy/platform';
import { type CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { CatalogDatabase } from '../../src/database.js';
import { insertSongs } from '../support/database.js';

/**
 * The bench's library (bench/src/scenarios/library-scale.ts), `songs` of them in one statement:
 * "Love" starts one title in eight, "Waltz" is the second word of one in five, "Zephyrine" ends one
 * in 20,000; 5,000 artists, 20,000 albums, four genres, years 1960 to 2019.
 */
export async function seedLibrary(database: Database<CatalogDatabase>, songs: number): Promise<void> {
  await insertSongs(database, [{ title: 'Seed', artist: 'Seed' }]);
  await sql`
    insert into songs (title, artist, album, genre, release_year, duration_seconds, bitrate_kbps, sample_rate_hz,
                       channels, mime_type, size_bytes, sha256, uploaded_by)
    select (array['Love','Night','River','Fire','Dream','Summer','Blue','Gold'])[1 + i % 8] || ' ' ||
           (array['Song','Theme','Waltz','Blues','Anthem'])[1 + (i / 8) % 5] || ' ' || i ||
           case when i % 20000 = 7 then ' Zephyrine' else '' end,
           'Artist ' || (i % 5000), 'Album ' || (i % 20000), (array['Rock','Jazz','Pop','Folk'])[1 + i % 4],
           1960 + i % 60, 120 + i % 200, 128, 44100, 2, mime_type, size_bytes, sha256, uploaded_by
    from generate_series(1, ${songs}::int) as i, (select * from songs limit 1) as seed
  `.execute(database.db);
  await sql`vacuum analyze songs`.execute(database.db);
}

/** A plan node as EXPLAIN (ANALYZE, FORMAT JSON) prints it. */
export interface PlanNode {
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

/** Rows of a table a plan looked at: returned, or read and then filtered out. */
export const rowsRead = (nodes: PlanNode[], table = 'songs') =>
  nodes
    .filter((node) => node['Relation Name'] === table)
    .reduce(
      (sum, node) =>
        sum +
        (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) *
          node['Actual Loops'],
      0,
    );

/** The statement run again under EXPLAIN ANALYZE: every plan node, and how long it took. */
export async function explain(
  db: Kysely<CatalogDatabase>,
  query: CompiledQuery,
): Promise<{ nodes: PlanNode[]; ms: number }> {
  const result = await db.executeQuery<{
    'QUERY PLAN': Array<{ Plan: PlanNode; 'Execution Time': number }>;
  }>({ ...query, sql: `explain (analyze, format json) ${query.sql}` } as CompiledQuery);
  const [plan] = result.rows[0]!['QUERY PLAN'];
  return { nodes: flatten(plan!.Plan), ms: plan!['Execution Time'] };
}

/** A second connection to the database that records every statement run through it. */
export function observe(url: string): { db: Kysely<CatalogDatabase>; statements: CompiledQuery[] } {
  const statements: CompiledQuery[] = [];
  const db = new Kysely<CatalogDatabase>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
    log: (event) => {
      if (event.level === 'query') statements.push(event.query);
    },
  });
  return { db, statements };
}
