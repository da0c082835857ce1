/**
 * The catalog on object storage (BLOB_STORE=s3, against a real S3-protocol server in its own
 * process): uploads, streams and deletes through the gateway behave as on local disk, nothing is kept
 * on the catalog's own disk, and two catalog instances on the same stores share one library.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogConfig, type RunningCatalogService, startCatalogService } from '@sp0t1fy/catalog';
import { type S3TestServer, startS3TestServer } from '@sp0t1fy/catalog/testing';
import { createTestDatabase, type TestBackend, testBackends, uniqueNamespace } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig, type RunningGateway, startGateway } from '../src/index.js';
import { createClient, type GraphQLClient } from './support/client.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import { catalogStorage, listFiles, readFixture, SONG_FIELDS, type SongFields } from './support/uploads.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const secret = () => randomBytes(32).toString('hex');

const SONG = `query Song($id: ID!) { song(id: $id) { ...SongFields } } ${SONG_FIELDS}`;
const LIBRARY = 'query { songs(first: 100) { totalCount edges { node { id sha256 } } } }';
const DELETE = 'mutation Delete($id: ID!) { deleteSong(id: $id) }';

interface Library {
  songs: { totalCount: number; edges: Array<{ node: { id: string; sha256: string } }> };
}

async function get(baseUrl: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}${path}`, { headers });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

const backends = await testBackends();

describe.each(backends)('audio on S3 through the gateway ($name)', (backend) => {
  let s3: S3TestServer;
  let stack: TestStack;
  let alice: SeededUser;

  beforeAll(async () => {
    s3 = await startS3TestServer();
    stack = await startStack(backend, { env: { ...s3.env, AUDIO_URL_SECRET: secret() } });
    alice = await seed(stack.client).user();
  });
  afterAll(async () => {
    await stack?.close();
    await s3?.close();
  });

  it('uploads to the bucket, streams with ranges and validators, and deletes from the bucket', async () => {
    const bytes = await readFixture('tones-with-cover.mp3');
    const song = await seed(stack.client).song(alice, 'tones-with-cover.mp3');
    expect(song.sha256).toBe(sha256(bytes));
    const coverKey = (await s3.objectKeys()).find((key) => key !== song.sha256);
    expect(await s3.objectKeys()).toEqual([song.sha256, coverKey].sort());
    // Nothing stays on the catalog's disk: no blob, no staged upload.
    const local = catalogStorage(stack.dataDir);
    expect([...(await listFiles(local.blobs)), ...(await listFiles(local.tmp))]).toEqual([]);

    const whole = await get(stack.gatewayUrl, song.streamUrl);
    expect(whole.status).toBe(200);
    expect(sha256(whole.body)).toBe(song.sha256);
    expect(whole.headers.get('content-length')).toBe(String(bytes.length));
    expect(whole.headers.get('accept-ranges')).toBe('bytes');

    const middle = await get(stack.gatewayUrl, song.streamUrl, { range: 'bytes=1000-1999' });
    expect(middle.status).toBe(206);
    expect(middle.headers.get('content-range')).toBe(`bytes 1000-1999/${bytes.length}`);
    expect(middle.body.equals(bytes.subarray(1000, 2000))).toBe(true);

    const first = await get(stack.gatewayUrl, song.streamUrl, { range: 'bytes=0-0' });
    expect(first.status).toBe(206);
    expect(first.body.equals(bytes.subarray(0, 1))).toBe(true);

    const tail = await get(stack.gatewayUrl, song.streamUrl, { range: 'bytes=-500' });
    expect(tail.status).toBe(206);
    expect(tail.body.equals(bytes.subarray(bytes.length - 500))).toBe(true);

    const past = await get(stack.gatewayUrl, song.streamUrl, { range: `bytes=${bytes.length}-` });
    expect(past.status).toBe(416);

    const etag = whole.headers.get('etag') as string;
    expect((await get(stack.gatewayUrl, song.streamUrl, { 'if-none-match': etag })).status).toBe(304);
    const forged = `${song.streamUrl.slice(0, -1)}${song.streamUrl.endsWith('A') ? 'B' : 'A'}`;
    expect((await get(stack.gatewayUrl, forged)).status).toBe(403);

    const cover = await get(stack.gatewayUrl, song.coverUrl as string);
    expect(cover.status).toBe(200);
    expect(sha256(cover.body)).toBe(coverKey);

    const deleted = await alice.client.request<{ deleteSong: boolean }>(DELETE, { id: song.id });
    expect(deleted.data?.deleteSong).toBe(true);
    expect(await s3.objectKeys()).toEqual([]);
    expect((await get(stack.gatewayUrl, song.streamUrl)).status).toBe(404);
  });

  it('keeps one object for two songs of the same file until the last one is deleted', async () => {
    const one = await seed(stack.client).song(alice, 'speech-cbr128.mp3');
    const two = await seed(stack.client).song(alice, 'speech-cbr128.mp3', { title: 'Again' });
    expect(await s3.objectKeys()).toEqual([one.sha256]);

    await alice.client.request(DELETE, { id: one.id });
    expect(await s3.objectKeys()).toEqual([one.sha256]);
    expect(sha256((await get(stack.gatewayUrl, two.streamUrl)).body)).toBe(two.sha256);

    await alice.client.request(DELETE, { id: two.id });
    expect(await s3.objectKeys()).toEqual([]);
  });
});

// Two catalogs can share a library only through a shared database; the embedded one is per process.
const shared = backends.find((backend): backend is TestBackend & { postgresUrl: string; redisUrl: string } =>
  Boolean(backend.postgresUrl && backend.redisUrl),
);

describe.skipIf(!shared)('two catalog instances on one PostgreSQL, Redis and S3', () => {
  const backend = shared as TestBackend & { postgresUrl: string; redisUrl: string };
  let s3: S3TestServer;
  let catalogDatabase: { url: string; drop(): Promise<void> };
  let stack: TestStack;
  let secondDataDir: string;
  let secondCatalog: RunningCatalogService;
  let secondGateway: RunningGateway;
  /** The gateway in front of each catalog instance. */
  let viaFirst: GraphQLClient;
  let viaSecond: GraphQLClient;
  let alice: SeededUser;

  beforeAll(async () => {
    s3 = await startS3TestServer();
    catalogDatabase = await createTestDatabase(backend.postgresUrl);
    // Everything the instances share comes from configuration: stores, namespace and both keys.
    const sharedEnv = {
      ...s3.env,
      CATALOG_DATABASE_URL: catalogDatabase.url,
      CACHE_NAMESPACE: uniqueNamespace(),
      JWT_SECRET: secret(),
      AUDIO_URL_SECRET: secret(),
    };
    stack = await startStack(backend, { env: sharedEnv });
    secondDataDir = await mkdtemp(join(tmpdir(), 'sp0t1fy-catalog-2-'));
    secondCatalog = await startCatalogService(
      loadCatalogConfig({
        ...sharedEnv,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        LOG_FORMAT: 'json',
        DATA_DIR: secondDataDir,
        REDIS_URL: backend.redisUrl,
        CATALOG_PORT: '0',
        USERS_URL: stack.services.users?.url,
      }),
    );
    secondGateway = await startGateway(
      loadGatewayConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        PORT: '0',
        USERS_URL: stack.services.users?.url,
        CATALOG_URL: secondCatalog.url,
        PLAYBACK_URL: stack.services.playback?.url,
        LIBRARY_URL: stack.services.library?.url,
      }),
    );
    viaFirst = stack.client;
    viaSecond = createClient(secondGateway.url);
    alice = await seed(viaFirst).user();
  });
  afterAll(async () => {
    await secondGateway?.close();
    await secondCatalog?.close();
    await stack?.close();
    await catalogDatabase?.drop();
    await s3?.close();
    if (secondDataDir) await rm(secondDataDir, { recursive: true, force: true });
  });

  it('lists, streams and deletes through one instance a song uploaded through the other', async () => {
    const bytes = await readFixture('tone-vbr-mono.mp3');
    const uploaded = await seed(viaFirst).song(alice, 'tone-vbr-mono.mp3');

    const listed = await viaSecond.as(alice.token).request<Library>(LIBRARY);
    expect(listed.data?.songs.edges.map(({ node }) => node)).toContainEqual({
      id: uploaded.id,
      sha256: uploaded.sha256,
    });
    const fetched = await viaSecond.as(alice.token).request<{ song: SongFields }>(SONG, { id: uploaded.id });
    const song = fetched.data?.song as SongFields;
    expect(song).toMatchObject({ id: uploaded.id, sizeBytes: bytes.length });

    // A link either instance signed streams from the other: the key is configuration, not local state.
    for (const streamUrl of [song.streamUrl, uploaded.streamUrl]) {
      const streamed = await get(secondGateway.url, streamUrl);
      expect(streamed.status).toBe(200);
      expect(streamed.body.equals(bytes)).toBe(true);
    }
    const ranged = await get(secondGateway.url, song.streamUrl, { range: 'bytes=100-199' });
    expect(ranged.status).toBe(206);
    expect(ranged.body.equals(bytes.subarray(100, 200))).toBe(true);

    const deleted = await viaSecond.as(alice.token).request<{ deleteSong: boolean }>(DELETE, { id: uploaded.id });
    expect(deleted.data?.deleteSong).toBe(true);

    const afterDelete = await viaFirst.as(alice.token).request<{ song: SongFields | null }>(SONG, { id: uploaded.id });
    expect(afterDelete.data?.song).toBeNull();
    const remaining = await viaFirst.as(alice.token).request<Library>(LIBRARY);
    expect(remaining.data?.songs.edges.map(({ node }) => node.id)).not.toContain(uploaded.id);
    expect((await get(stack.gatewayUrl, uploaded.streamUrl)).status).toBe(404);
    expect(await s3.objectKeys()).toEqual([]);
  });

  it('works the other way round, and neither instance keeps audio on its own disk', async () => {
    const uploaded = await seed(viaSecond).song(alice, 'speech-cbr128.mp3');
    const seen = await viaFirst.as(alice.token).request<{ song: SongFields }>(SONG, { id: uploaded.id });
    expect(sha256((await get(stack.gatewayUrl, seen.data?.song.streamUrl as string)).body)).toBe(uploaded.sha256);
    expect(await s3.objectKeys()).toEqual([uploaded.sha256]);

    for (const dataDir of [stack.dataDir, secondDataDir]) {
      const local = catalogStorage(dataDir);
      expect([...(await listFiles(local.blobs)), ...(await listFiles(local.tmp))]).toEqual([]);
    }
    const deleted = await viaFirst.as(alice.token).request<{ deleteSong: boolean }>(DELETE, { id: uploaded.id });
    expect(deleted.data?.deleteSong).toBe(true);
    expect(await s3.objectKeys()).toEqual([]);
  });
});
