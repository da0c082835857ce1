import { availableParallelism, loadavg } from 'node:os';
import pg from 'pg';
import { SMALL_MP3 } from '../support/audio-files.js';
import type { BenchContext } from '../support/context.js';
import { graphql, uploadSong } from '../support/graphql.js';
import { sequentialLatency } from '../support/load.js';
import type { Latencies } from '../support/percentiles.js';
import { met, ms, type Row, ratio, type ScenarioResult } from '../support/report.js';

const PAGE_SIZE = 50;
const SEARCH_TARGET_MS = 25;

/**
 * Synthetic songs straight into the catalog's own database, sharing the blobs of the songs uploaded
 * so far: one title word in eight is "Love" (common), one song in 20,000 says "Zephyrine" (rare).
 */
async function seedSongs(databaseUrl: string, count: number) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ uploaded_by: string }>('select uploaded_by from songs limit 1');
    if (!rows[0]) throw new Error('seed needs one uploaded song');
    await client.query(
      `with blobs as (
         select row_number() over (order by sha256) - 1 as n, sha256, size_bytes, mime_type
         from (select distinct sha256, size_bytes, mime_type from songs) distinct_blobs
       ), blob_count as (select count(*) as total from blobs)
       insert into songs (title, artist, album, genre, release_year, duration_seconds, bitrate_kbps,
                          sample_rate_hz, channels, mime_type, size_bytes, sha256, uploaded_by)
       select (array['Love','Night','River','Fire','Dream','Summer','Blue','Gold'])[1 + i % 8] || ' ' ||
              (array['Song','Theme','Waltz','Blues','Anthem'])[1 + (i / 8) % 5] || ' ' || i ||
              case when i % 20000 = 7 then ' Zephyrine' else '' end,
              'Artist ' || (i % 5000), 'Album ' || (i % 20000), (array['Rock','Jazz','Pop','Folk'])[1 + i % 4],
              1960 + i % 60, 120 + i % 200, 128, 44100, 2, blobs.mime_type, blobs.size_bytes, blobs.sha256, $2
       from generate_series(1, $1::int) as i
       join blobs on blobs.n = i % (select total from blob_count)`,
      [count, rows[0].uploaded_by],
    );
    await client.query('analyze songs');
  } finally {
    await client.end();
  }
}

interface Page {
  songs: { pageInfo: { endCursor: string | null } };
}

/** The cursor after `offset` songs of the newest-first list, walked page by page at the catalog. */
async function cursorAfter(catalogUrl: string, token: string, offset: number): Promise<string> {
  let after: string | null = null;
  for (let walked = 0; walked < offset; ) {
    const first = Math.min(100, offset - walked);
    const page: Page = await graphql<Page>(
      catalogUrl,
      'query ($first: Int, $after: String) { songs(first: $first, after: $after) { pageInfo { endCursor } } }',
      { first, after },
      token,
    );
    after = page.songs.pageInfo.endCursor;
    walked += first;
  }
  if (!after) throw new Error('no cursor');
  return after;
}

/** Scenario 4: search and deep pages on a library of 100,000 songs on PostgreSQL. */
export async function libraryScaleScenario(context: BenchContext): Promise<ScenarioResult> {
  const { stack, session, smoke } = context;
  const songs = smoke ? 2_000 : 100_000;
  const deepPage = songs / PAGE_SIZE;
  // Run alone (--only=4) the library is empty; the seed borrows an uploaded song's blob and uploader.
  const library = await graphql<{ songs: { edges: unknown[] } }>(
    stack.catalog.url,
    '{ songs(first: 1) { edges { cursor } } }',
    {},
    session.token,
  );
  if (library.songs.edges.length === 0) await uploadSong(stack.gateway.url, session.token, SMALL_MP3, 'Bench seed');
  const seedStarted = performance.now();
  await seedSongs(stack.env.CATALOG_DATABASE_URL as string, songs);
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  const url = `${stack.gateway.url}/graphql`;
  const headers = { authorization: `Bearer ${session.token}` };
  const count = smoke ? 10 : 200;
  const measure = (query: string, variables: object) =>
    sequentialLatency(url, () => JSON.stringify({ query, variables }), { count, warmup: 10, headers });

  const SEARCH = `query ($q: String) { songs(query: $q, first: 20) { totalCount edges { node { id title artist } } } }`;
  // The machine may be shared: the load around the searches says how far to trust their latencies.
  const loadBefore = loadavg()[0]!;
  const common = await measure(SEARCH, { q: 'love' });
  const rare = await measure(SEARCH, { q: 'zephyrine' });
  const twoWords = await measure(SEARCH, { q: 'love waltz' });
  const loadAfter = loadavg()[0]!;

  const PAGE = `query ($after: String) { songs(first: ${PAGE_SIZE}, after: $after) {
    pageInfo { endCursor hasNextPage } edges { node { id title artist durationSeconds } } } }`;
  // Page 1 (no cursor) is served from the catalog's cache; page 2 is the first one that runs the same
  // keyset query as page 2,000, so it is the baseline that says whether depth costs anything.
  const secondCursor = await cursorAfter(stack.catalog.url, session.token, PAGE_SIZE);
  const deepCursor = await cursorAfter(stack.catalog.url, session.token, (deepPage - 1) * PAGE_SIZE);
  const first = await measure(PAGE, { after: null });
  const second = await measure(PAGE, { after: secondCursor });
  const deep = await measure(PAGE, { after: deepCursor });

  const searchRows = (label: string, latencies: Latencies): Row[] =>
    (['p50', 'p95'] as const).map((p) => ({
      measure: `search "${label}": ${p}`,
      value: ms(latencies[p]),
      baseline: ms(SEARCH_TARGET_MS),
      ratio: ratio(latencies[p], SEARCH_TARGET_MS),
      target: p === 'p95' ? '< 25 ms' : 'reported',
      met: p === 'p95' ? met(latencies[p] < SEARCH_TARGET_MS) : '',
    }));
  return {
    title: `4. Library of ${songs.toLocaleString('en')} songs on PostgreSQL (one process)`,
    baselineName: 'search: the 25 ms target; pages: page 2 of the same list (the same keyset query)',
    rows: [
      ...searchRows('love' + ' (common word, 1 song in 8)', common),
      ...searchRows('zephyrine (rare word, 1 in 20,000)', rare),
      ...searchRows('love waltz (two words)', twoWords),
      ...(['p50', 'p95'] as const).map((p) => ({
        measure: `page ${deepPage.toLocaleString('en')} (cursor) vs page 2 (cursor): ${p}`,
        value: ms(deep[p]),
        baseline: ms(second[p]),
        ratio: ratio(deep[p], second[p]),
        target: '≤ 1× (±15 % noise)',
        met: met(deep[p] <= second[p] * 1.15),
      })),
      ...(['p50', 'p95'] as const).map((p) => ({
        measure: `page 1 (no cursor, from the catalog's cache) vs page 2: ${p}`,
        value: ms(first[p]),
        baseline: ms(second[p]),
        ratio: ratio(first[p], second[p]),
        target: 'reported',
        met: '' as const,
      })),
    ],
    notes: [
      `${songs.toLocaleString('en')} rows seeded with one INSERT … generate_series in ${seedSeconds.toFixed(1)} s, then ANALYZE; they share the blobs of the songs uploaded before.`,
      `Latencies through the gateway, signed in, one request at a time, ${count} requests after 10 warm-up ones; a search asks for 20 songs and totalCount, a page for ${PAGE_SIZE} songs.`,
      `1-minute load average on ${availableParallelism()} cores: ${loadBefore.toFixed(1)} before the searches, ${loadAfter.toFixed(1)} after.`,
    ],
  };
}
