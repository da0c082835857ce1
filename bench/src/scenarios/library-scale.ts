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
/** Albums: a page and an album's tracks, through the gateway (issue 12). */
const ALBUMS_TARGET_MS = 25;

/**
 * Synthetic songs straight into the catalog's own database, sharing the blobs of the songs uploaded
 * so far: one title word in eight is "Love" (common), one song in 20,000 says "Zephyrine" (rare).
 * 20,000 albums of 5 songs by 5,000 artists, track numbers 1-5; the songs of every other album carry
 * a cover (the blob stands in for the picture: the bench signs cover URLs, it does not fetch them).
 * The catalog's triggers summarise the albums and artists in the same statement.
 */
export async function seedSongs(databaseUrl: string, count: number) {
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
                          sample_rate_hz, channels, mime_type, size_bytes, sha256, uploaded_by,
                          track_number, cover_sha256, cover_mime_type, cover_size_bytes)
       select (array['Love','Night','River','Fire','Dream','Summer','Blue','Gold'])[1 + i % 8] || ' ' ||
              (array['Song','Theme','Waltz','Blues','Anthem'])[1 + (i / 8) % 5] || ' ' || i ||
              case when i % 20000 = 7 then ' Zephyrine' else '' end,
              'Artist ' || (i % 5000), 'Album ' || (i % 20000), (array['Rock','Jazz','Pop','Folk'])[1 + i % 4],
              1960 + i % 60, 120 + i % 200, 128, 44100, 2, blobs.mime_type, blobs.size_bytes, blobs.sha256, $2,
              1 + (i / 20000) % 5,
              case when i % 2 = 0 then blobs.sha256 end, case when i % 2 = 0 then 'image/jpeg' end,
              case when i % 2 = 0 then blobs.size_bytes end
       from generate_series(1, $1::int) as i
       join blobs on blobs.n = i % (select total from blob_count)`,
      [count, rows[0].uploaded_by],
    );
    await client.query('analyze songs');
    await client.query('analyze albums');
    await client.query('analyze artists');
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

  // A page of albums as the Albums grid asks for it, page 2 on (page 1 has no cursor but is not
  // cached either); an album's tracks as the Album page does, a different album each request.
  const ALBUMS = `query ($after: String) { albums(first: ${PAGE_SIZE}, after: $after) {
    pageInfo { endCursor } edges { node { id title year coverUrl songCount artist { id name } } } } }`;
  const albumsFirst = await graphql<{
    albums: { pageInfo: { endCursor: string }; edges: Array<{ node: { id: string } }> };
  }>(stack.catalog.url, ALBUMS.replace(`first: ${PAGE_SIZE}`, 'first: 100'), { after: null }, session.token);
  const albumIds = albumsFirst.albums.edges.map((edge) => edge.node.id);
  const albumsPage = await measure(ALBUMS, { after: albumsFirst.albums.pageInfo.endCursor });
  const ALBUM = `query ($id: ID!) { album(id: $id) { title artist { name } coverUrl
    songs { id title trackNumber durationSeconds streamUrl } } }`;
  let nextAlbum = 0;
  const albumTracks = await sequentialLatency(
    url,
    () => JSON.stringify({ query: ALBUM, variables: { id: albumIds[nextAlbum++ % albumIds.length] } }),
    { count, warmup: 10, headers },
  );

  /** p50 reported, p95 against the target. */
  const targetRows = (label: string, latencies: Latencies, targetMs: number): Row[] =>
    (['p50', 'p95'] as const).map((p) => ({
      measure: `${label}: ${p}`,
      value: ms(latencies[p]),
      baseline: ms(targetMs),
      ratio: ratio(latencies[p], targetMs),
      target: p === 'p95' ? `< ${targetMs} ms` : 'reported',
      met: p === 'p95' ? met(latencies[p] < targetMs) : '',
    }));
  const searchRows = (label: string, latencies: Latencies): Row[] =>
    targetRows(`search "${label}"`, latencies, SEARCH_TARGET_MS);
  return {
    title: `4. Library of ${songs.toLocaleString('en')} songs on PostgreSQL (one process)`,
    baselineName: 'search and albums: the 25 ms target; pages: page 2 of the same list (the same keyset query)',
    rows: [
      ...searchRows('love' + ' (common word, 1 song in 8)', common),
      ...searchRows('zephyrine (rare word, 1 in 20,000)', rare),
      ...searchRows('love waltz (two words)', twoWords),
      ...targetRows('albums page (50, with covers and artists)', albumsPage, ALBUMS_TARGET_MS),
      ...targetRows('album tracks', albumTracks, ALBUMS_TARGET_MS),
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
      `Albums: page 2 of the newest-first albums (${PAGE_SIZE}, each with its signed cover URL and its artist), and an album's 5 tracks with stream URLs, a different one of the first 100 albums each request.`,
      `1-minute load average on ${availableParallelism()} cores: ${loadBefore.toFixed(1)} before the searches, ${loadAfter.toFixed(1)} after.`,
    ],
  };
}
