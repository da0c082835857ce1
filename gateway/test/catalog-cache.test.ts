import { loadCatalogConfig, type RunningCatalogService, startCatalogService } from '@sp0t1fy/catalog';
import { type TestBackend, testBackends } from '@sp0t1fy/platform/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type GraphQLResponse } from './support/client.js';
import { type RestartableServer, startRedisServer } from './support/fault-servers.js';
import { LEAKED_INTERNALS } from './support/http.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import type { SongFields } from './support/uploads.js';

/**
 * The catalog caches songs by id, the library's first pages and the genres (see song-cache.ts). Every
 * read here goes through the gateway; what it cost the catalog is read off its SQL statement and
 * cache counters.
 */

const SONG = 'query ($id: ID!) { song(id: $id) { id title genre uploadedBy { id } } }';
const LINKS = 'query ($id: ID!) { song(id: $id) { streamUrl coverUrl } }';
const PAGE = 'query ($genre: String) { songs(first: 10, genre: $genre) { totalCount edges { node { id title } } } }';
const GENRES = '{ genres }';
const UPDATE = 'mutation ($id: ID!, $metadata: SongMetadataInput!) { updateSong(id: $id, metadata: $metadata) { id } }';
const DELETE = 'mutation ($id: ID!) { deleteSong(id: $id) }';

type SongData = { song: { id: string; title: string; genre: string | null; uploadedBy: { id: string } } | null };
type PageData = { songs: { totalCount: number; edges: Array<{ node: { id: string; title: string } }> } };
type GenresData = { genres: string[] };

interface Cost {
  statements: number;
  hits: number;
  misses: number;
}

/** Runs `request` and reports what it cost the catalog. */
async function costOf<T extends GraphQLResponse>(
  catalog: RunningCatalogService,
  request: () => Promise<T>,
): Promise<[T, Cost]> {
  const { databaseStats, cacheStats } = catalog.runtime;
  const before = { statements: databaseStats.statements, hits: cacheStats.hits, misses: cacheStats.misses };
  const response = await request();
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return [
    response,
    {
      statements: databaseStats.statements - before.statements,
      hits: cacheStats.hits - before.hits,
      misses: cacheStats.misses - before.misses,
    },
  ];
}

const titles = (response: GraphQLResponse<PageData>) => response.data?.songs.edges.map((edge) => edge.node.title);

/** Never a 5xx, never internals. */
function expectNoServerError(response: GraphQLResponse) {
  expect(response.status).toBeLessThan(500);
  expect(JSON.stringify(response)).not.toMatch(LEAKED_INTERNALS);
}

describe.each(await testBackends())('the catalog cache through the gateway ($name)', (backend) => {
  let stack: TestStack;
  let catalog: RunningCatalogService;
  let alice: SeededUser;
  let bob: SeededUser;
  let counting: SongFields;
  let tones: SongFields;

  beforeAll(async () => {
    // Playback polls the catalog's song feed; an hour between polls keeps it out of the statement counts.
    stack = await startStack(backend, {
      env: { SONG_FEED_POLL_MS: String(3_600_000), PLAY_FEED_POLL_MS: String(3_600_000) },
    });
    catalog = stack.services.catalog as unknown as RunningCatalogService;
    [alice, bob] = await Promise.all([seed(stack.client).user(), seed(stack.client).user()]);
    counting = await seed(stack.client).song(alice, 'speech-cbr128.mp3'); // Counting Test, Spoken Word
    tones = await seed(stack.client).song(bob, 'tones-with-cover.mp3'); // Rising Tones, Electronic, a cover
  });
  afterAll(() => stack?.close());

  /** Reads twice; the second read must be a hit that costs no SQL. Returns the (identical) answer. */
  async function warm<T extends Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) {
    await costOf(catalog, () => alice.client.request<T>(query, variables));
    const [response, cost] = await costOf(catalog, () => alice.client.request<T>(query, variables));
    expect(cost).toMatchObject({ statements: 0, misses: 0 });
    expect(cost.hits).toBeGreaterThan(0);
    return response;
  }

  it('answers a second read of a song, a first page and the genres from the cache, with no SQL', async () => {
    const reads: Array<[string, Record<string, unknown>]> = [
      [SONG, { id: counting.id }],
      [PAGE, {}],
      [PAGE, { genre: 'electronic' }],
      [GENRES, {}],
    ];
    for (const [query, variables] of reads) {
      const [cold, miss] = await costOf(catalog, () => alice.client.request(query, variables));
      expect(miss).toMatchObject({ hits: 0, misses: 1 });
      expect(miss.statements).toBeGreaterThan(0);
      const [again, hit] = await costOf(catalog, () => alice.client.request(query, variables));
      expect(hit).toEqual({ statements: 0, hits: 1, misses: 0 });
      expect(again.data).toEqual(cold.data);
    }
    expect((await alice.client.request<PageData>(PAGE, { genre: 'electronic' })).data?.songs.totalCount).toBe(1);
  });

  it('answers Song entity references (how the other services ask for songs) from the same cache', async () => {
    const entities = () =>
      fetch(`${catalog.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${alice.token}` },
        body: JSON.stringify({
          query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Song { id title } } }',
          variables: { r: [tones, counting].map(({ id }) => ({ __typename: 'Song', id: id.toUpperCase() })) },
        }),
      }).then(
        async (response): Promise<GraphQLResponse> => ({
          status: response.status,
          ...((await response.json()) as object),
        }),
      );
    // counting was cached by the previous test; tones is not yet.
    const [first, cold] = await costOf(catalog, entities);
    expect(cold).toEqual({ statements: 1, hits: 1, misses: 1 });
    const [second, warmed] = await costOf(catalog, entities);
    expect(warmed).toEqual({ statements: 0, hits: 2, misses: 0 });
    expect(second.data).toEqual(first.data);
    expect(second.data).toEqual({
      _entities: [
        { id: tones.id, title: 'Rising Tones' },
        { id: counting.id, title: 'Counting Test' },
      ],
    });
  });

  it('signs links for whoever asks on every read: the cache holds rows, never signed URLs', async () => {
    await warm(SONG, { id: tones.id });
    type Links = { song: { streamUrl: string; coverUrl: string } };
    const [forAlice, aliceCost] = await costOf(catalog, () => alice.client.request<Links>(LINKS, { id: tones.id }));
    const [forBob, bobCost] = await costOf(catalog, () => bob.client.request<Links>(LINKS, { id: tones.id }));
    expect([aliceCost, bobCost]).toEqual([
      { statements: 0, hits: 1, misses: 0 },
      { statements: 0, hits: 1, misses: 0 },
    ]);
    for (const [user, links] of [
      [alice, forAlice.data?.song],
      [bob, forBob.data?.song],
    ] as const) {
      for (const url of [links?.streamUrl, links?.coverUrl]) {
        const signed = new URL(url ?? '', stack.gatewayUrl);
        expect(signed.searchParams.get('user')).toBe(user.id);
        expect(Number(signed.searchParams.get('expires'))).toBeGreaterThan(Date.now() / 1000);
        expect((await fetch(signed)).status).toBe(200);
      }
    }
  });

  it('does not cache searches or later pages', async () => {
    const search =
      'query ($after: String) { songs(query: "count", first: 1, after: $after) { pageInfo { endCursor } } }';
    for (let read = 0; read < 2; read++) {
      const [, cost] = await costOf(catalog, () => alice.client.request(search, {}));
      expect(cost).toEqual({ statements: 1, hits: 0, misses: 0 });
    }
    const first = await alice.client.request<{ songs: { pageInfo: { endCursor: string } } }>(
      'query { songs(first: 1) { pageInfo { endCursor } } }',
    );
    const later = 'query ($after: String) { songs(first: 1, after: $after) { edges { node { id } } } }';
    const [, cost] = await costOf(catalog, () =>
      alice.client.request(later, { after: first.data?.songs.pageInfo.endCursor }),
    );
    expect(cost).toEqual({ statements: 1, hits: 0, misses: 0 });
  });

  it('shows an upload, an edit and a deletion on the very next read, to everyone', async () => {
    const before = (await warm<PageData>(PAGE)).data?.songs.totalCount ?? 0;
    expect((await warm<PageData>(PAGE, { genre: 'Jazz' })).data?.songs.totalCount).toBe(0);
    expect((await warm<GenresData>(GENRES)).data?.genres).toEqual(['Electronic', 'Spoken Word']);

    // Upload (by Bob), read by Alice.
    const fresh = await seed(stack.client).song(bob, 'mpeg25-8khz.mp3', { title: 'Fresh Upload', genre: 'Jazz' });
    const afterUpload = await alice.client.request<PageData>(PAGE);
    expect(titles(afterUpload)?.[0]).toBe('Fresh Upload');
    expect(afterUpload.data?.songs.totalCount).toBe(before + 1);
    expect(titles(await alice.client.request<PageData>(PAGE, { genre: 'Jazz' }))).toEqual(['Fresh Upload']);
    expect((await alice.client.request<GenresData>(GENRES)).data?.genres).toEqual([
      'Electronic',
      'Jazz',
      'Spoken Word',
    ]);

    // Edit (by Bob), read by Alice.
    expect((await warm<SongData>(SONG, { id: fresh.id })).data?.song).toMatchObject({ title: 'Fresh Upload' });
    await warm(PAGE);
    await warm(GENRES);
    const update = await bob.client.request(UPDATE, { id: fresh.id, metadata: { title: 'Renamed', genre: 'Blues' } });
    expect(update.errors).toBeUndefined();
    expect((await alice.client.request<SongData>(SONG, { id: fresh.id })).data?.song).toEqual({
      id: fresh.id,
      title: 'Renamed',
      genre: 'Blues',
      uploadedBy: { id: bob.id },
    });
    expect(titles(await alice.client.request<PageData>(PAGE))?.[0]).toBe('Renamed');
    expect(titles(await alice.client.request<PageData>(PAGE, { genre: 'Jazz' }))).toEqual([]);
    expect((await alice.client.request<GenresData>(GENRES)).data?.genres).toEqual([
      'Blues',
      'Electronic',
      'Spoken Word',
    ]);

    // A refused edit changes nothing and keeps the cache.
    await warm(SONG, { id: fresh.id });
    expect(errorCodes(await alice.client.request(UPDATE, { id: fresh.id, metadata: { title: 'Mine' } }))).toEqual([
      'FORBIDDEN',
    ]);
    const [unchanged, kept] = await costOf(catalog, () => alice.client.request<SongData>(SONG, { id: fresh.id }));
    expect(kept).toEqual({ statements: 0, hits: 1, misses: 0 });
    expect(unchanged.data?.song?.title).toBe('Renamed');

    // Deletion (by Bob), read by Alice.
    await warm(PAGE);
    await warm(GENRES);
    expect((await bob.client.request(DELETE, { id: fresh.id })).data).toEqual({ deleteSong: true });
    expect((await alice.client.request<SongData>(SONG, { id: fresh.id })).data).toEqual({ song: null });
    const afterDelete = await alice.client.request<PageData>(PAGE);
    expect(afterDelete.data?.songs.totalCount).toBe(before);
    expect(titles(afterDelete)).not.toContain('Renamed');
    expect((await alice.client.request<GenresData>(GENRES)).data?.genres).toEqual(['Electronic', 'Spoken Word']);
  });

  it.runIf(backend.redisUrl)('retires what another catalog instance sharing Redis cached', async () => {
    // A second catalog on the same PostgreSQL and Redis, as `--scale catalog=2` runs it.
    const other = await startCatalogService(loadCatalogConfig({ ...stack.env, CATALOG_PORT: '0' }));
    try {
      const ask = (query: string) =>
        fetch(`${other.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${alice.token}` },
          body: JSON.stringify({ query, variables: { id: counting.id } }),
        }).then(
          async (response): Promise<GraphQLResponse<SongData & GenresData>> => ({
            status: response.status,
            ...((await response.json()) as object),
          }),
        );
      const both = `query ($id: ID!) { song(id: $id) { id title genre uploadedBy { id } } genres }`;
      await costOf(other, () => ask(both));
      const [cached, hit] = await costOf(other, () => ask(both));
      expect(hit).toEqual({ statements: 0, hits: 2, misses: 0 });
      expect(cached.data?.song?.title).toBe('Counting Test');

      // Written through the gateway, so by the first instance.
      const update = await alice.client.request(UPDATE, { id: counting.id, metadata: { genre: 'Speech' } });
      expect(update.errors).toBeUndefined();
      const [fresh, miss] = await costOf(other, () => ask(both));
      expect(miss).toMatchObject({ hits: 0, misses: 2 });
      expect(fresh.data?.song?.genre).toBe('Speech');
      expect(fresh.data?.genres).toEqual(['Electronic', 'Speech']);
    } finally {
      await other.close();
    }
  });
});

const shared = (await testBackends()).find((backend) => backend.postgresUrl);

/**
 * A redis-server of this file's own (never the machine's), stopped under a running stack. It keeps
 * an append-only file, as Docker Compose runs it, so it comes back holding what the catalog cached
 * before: entries outdated by a write made while it was down must not be served then.
 */
describe.runIf(shared)('the catalog cache while its Redis is stopped', () => {
  let redis: RestartableServer;
  let stack: TestStack;
  let catalog: RunningCatalogService;
  let alice: SeededUser;
  let song: SongFields;

  beforeAll(async () => {
    redis = await startRedisServer({ persistent: true });
    const backend: TestBackend = { name: 'postgres+redis', postgresUrl: shared?.postgresUrl, redisUrl: redis.url };
    stack = await startStack(backend, {
      env: { SONG_FEED_POLL_MS: String(3_600_000), PLAY_FEED_POLL_MS: String(3_600_000) },
    });
    catalog = stack.services.catalog as unknown as RunningCatalogService;
    alice = await seed(stack.client).user();
    song = await seed(stack.client).song(alice, 'speech-cbr128.mp3');
  });
  afterAll(async () => {
    await stack?.close();
    await redis?.destroy();
  });

  const CHANGED = 'Changed while Redis was down';
  type ReadData = SongData & PageData & GenresData;
  /** Whichever of the three reads this is, it shows the write made while Redis was down. */
  const expectChanged = (response: GraphQLResponse<ReadData>) => {
    const data = response.data;
    if (data?.genres) expect(data.genres).toEqual(['Offline']);
    else if (data?.songs) expect(titles(response)).toEqual([CHANGED]);
    else expect(data?.song?.title).toBe(CHANGED);
  };

  const catalogKeys = async () => {
    const client = new Redis(redis.url);
    try {
      return await client.keys(`${stack.env.CACHE_NAMESPACE}:catalog:library:*`);
    } finally {
      client.disconnect();
    }
  };

  it('answers from PostgreSQL while Redis is down, and caches again once it is back, without stale answers', async () => {
    const reads: Array<[string, Record<string, unknown>]> = [
      [SONG, { id: song.id }],
      [PAGE, {}],
      [GENRES, {}],
    ];
    for (const [query, variables] of reads) {
      await costOf(catalog, () => alice.client.request(query, variables));
      const [, cost] = await costOf(catalog, () => alice.client.request(query, variables));
      expect(cost).toEqual({ statements: 0, hits: 1, misses: 0 });
    }
    expect(await catalogKeys()).not.toHaveLength(0);

    await redis.stop();
    // A write Redis cannot hear of: the sign-out check falls back to the users service meanwhile.
    const update = await alice.client.request(UPDATE, { id: song.id, metadata: { title: CHANGED, genre: 'Offline' } });
    expectNoServerError(update);
    expect(update.errors).toBeUndefined();
    for (const [query, variables] of reads) {
      const [response, cost] = await costOf(catalog, () => alice.client.request<ReadData>(query, variables));
      expectNoServerError(response);
      expectChanged(response);
      expect(cost).toMatchObject({ hits: 0, misses: 1 });
      expect(cost.statements).toBeGreaterThan(0);
    }

    await redis.start();
    // Redis is back with the entries cached before the write. Read until a read is a hit again: every
    // answer on the way, from PostgreSQL or from the cache, shows the write.
    for (const [query, variables] of reads) {
      for (let attempt = 0; ; attempt++) {
        expect(attempt, `${query} never became a cache hit again`).toBeLessThan(100);
        const [response, cost] = await costOf(catalog, () => alice.client.request<ReadData>(query, variables));
        expectNoServerError(response);
        expectChanged(response);
        if (cost.hits > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    expect(await catalogKeys()).not.toHaveLength(0);
  });
});
