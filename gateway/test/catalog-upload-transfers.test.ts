/**
 * Uploads on object storage hold no database connection while their bytes move: with every upload's
 * transfer to S3 held mid-way, the library and the audio route keep answering. A transfer the store
 * fails leaves nothing behind, and a song uploaded while the last song with the same file is deleted
 * keeps its audio.
 */
import { createHash, randomBytes } from 'node:crypto';
import { type S3TestServer, startS3TestServer } from '@sp0t1fy/catalog/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HoldingProxy, startHoldingProxy } from './support/holding-proxy.js';
import { type SeededUser, seed } from './support/seed.js';
import { stackVariants, startStack, type TestStack } from './support/stack.js';
import { catalogStorage, listFiles, readFixture, uploadFile } from './support/uploads.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * More uploads than the catalog's database connections (platform's pool of 10 on PostgreSQL, one
 * connection for the embedded database): uploads that each held one for their transfer would starve it.
 */
const UPLOADS = 12;

const LIBRARY = 'query { songs(first: 100) { totalCount edges { node { id sha256 } } } }';
/** A search is never cached, so its answer proves the catalog's database answered. */
const SEARCH = 'query ($query: String!) { songs(query: $query, first: 10) { totalCount edges { node { id } } } }';
const DELETE = 'mutation Delete($id: ID!) { deleteSong(id: $id) }';

interface Library {
  songs: { totalCount: number; edges: Array<{ node: { id: string; sha256: string } }> };
}

/** A distinct but valid MP3 per index: the same audio with its own ID3v1 title (its last 128 bytes). */
function variant(bytes: Buffer, index: number): Buffer {
  const copy = Buffer.from(bytes);
  const tag = copy.length - 128;
  if (copy.toString('latin1', tag, tag + 3) !== 'TAG') throw new Error('the fixture has no ID3v1 tag');
  copy.fill(0, tag + 3, tag + 33);
  copy.write(`Held upload ${index}`, tag + 3, 'latin1');
  return copy;
}

async function get(baseUrl: string, path: string) {
  const response = await fetch(`${baseUrl}${path}`);
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

/** An S3 object request (not the bucket's own), by method: `/<bucket>/<key>`. */
const objectRequest = (bucket: string, method: string, key?: string) => (m: string, path: string) =>
  m === method && path.startsWith(`/${bucket}/${key ?? ''}`) && path.length > bucket.length + 2;

describe.each(await stackVariants())('uploads to S3 while their transfers are held ($label)', (backend) => {
  let s3: S3TestServer;
  let proxy: HoldingProxy;
  let stack: TestStack;
  let alice: SeededUser;

  beforeAll(async () => {
    s3 = await startS3TestServer();
    proxy = await startHoldingProxy(s3.endpoint);
    stack = await startStack(backend, {
      layout: backend.layout,
      env: {
        ...s3.env,
        S3_ENDPOINT: proxy.url,
        AUDIO_URL_SECRET: randomBytes(32).toString('hex'),
        // The gateway's wait for the catalog's answer starts once a file is sent; the tests hold the
        // catalog's transfers for as long as their checks take, on a machine that may be loaded.
        SUBGRAPH_TIMEOUT_MS: '600000',
      },
    });
    alice = await seed(stack.client).user();
  });
  afterAll(async () => {
    await stack?.close();
    await proxy?.close();
    await s3?.close();
  });

  it('answers queries and streams audio while twelve uploads are mid-transfer, then stores all twelve', async () => {
    const existing = await seed(stack.client).song(alice, 'tones-with-cover.mp3');
    const keysBefore = await s3.objectKeys();
    const speech = await readFixture('speech-cbr128.mp3');
    const files = Array.from({ length: UPLOADS }, (_, index) => variant(speech, index));

    const puts = proxy.hold('request', objectRequest(s3.bucket, 'PUT'));
    const uploads = files.map((bytes, index) =>
      uploadFile(stack.gatewayUrl, { token: alice.token, bytes, filename: `held-${index}.mp3` }),
    );
    // Every upload is now inside its transfer to the store, which cannot finish until released.
    await puts.reached(UPLOADS);

    for (let round = 0; round < 3; round++) {
      const library = await alice.client.request<Library>(LIBRARY);
      expect(library.errors).toBeUndefined();
      expect(library.data?.songs.edges.map((edge) => edge.node.id)).toEqual([existing.id]);
      const search = await alice.client.request<{ songs: { totalCount: number } }>(SEARCH, { query: existing.title });
      expect(search.errors).toBeUndefined();
      expect(search.data?.songs.totalCount).toBe(1);
      const audio = await get(stack.gatewayUrl, existing.streamUrl);
      expect(audio.status).toBe(200);
      expect(sha256(audio.body)).toBe(existing.sha256);
    }
    expect(puts.count).toBe(UPLOADS);

    puts.release();
    const songs = (await Promise.all(uploads)).map((response) => {
      expect(response.errors).toBeUndefined();
      return response.data?.uploadSong;
    });
    expect(songs.map((song) => song?.sha256).sort()).toEqual(files.map(sha256).sort());

    const library = await alice.client.request<Library>(LIBRARY);
    expect(library.data?.songs.totalCount).toBe(UPLOADS + 1);
    for (const song of songs.slice(0, 3)) {
      const audio = await get(stack.gatewayUrl, song?.streamUrl as string);
      expect(audio.status).toBe(200);
      expect(sha256(audio.body)).toBe(song?.sha256);
    }
    // Nothing leaked: one object per new file beside what was there, and nothing on the catalog's disk.
    expect(await s3.objectKeys()).toEqual([...keysBefore, ...files.map(sha256)].sort());
    const local = catalogStorage(stack.dataDir);
    expect([...(await listFiles(local.blobs)), ...(await listFiles(local.tmp))]).toEqual([]);
  });

  it('leaves no row, object or temp file when the store fails the transfer, and the file uploads afterwards', async () => {
    const bytes = variant(await readFixture('speech-cbr128.mp3'), 99);
    const keysBefore = await s3.objectKeys();
    const before = await alice.client.request<Library>(LIBRARY);

    const refusal = proxy.refuse(objectRequest(s3.bucket, 'PUT'));
    const failed = await uploadFile(stack.gatewayUrl, { token: alice.token, bytes, filename: 'refused.mp3' });
    refusal.stop();
    expect(refusal.count).toBeGreaterThan(0);
    expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect((await alice.client.request<Library>(LIBRARY)).data).toEqual(before.data);
    expect(await s3.objectKeys()).toEqual(keysBefore);
    const local = catalogStorage(stack.dataDir);
    expect([...(await listFiles(local.blobs)), ...(await listFiles(local.tmp))]).toEqual([]);

    const again = await uploadFile(stack.gatewayUrl, { token: alice.token, bytes, filename: 'refused.mp3' });
    expect(again.data?.uploadSong.sha256).toBe(sha256(bytes));
  });

  it('keeps the audio of a song uploaded while the last song with the same file is deleted', async () => {
    const bytes = await readFixture('tone-vbr-mono.mp3');
    const key = sha256(bytes);
    const first = await seed(stack.client).song(alice, 'tone-vbr-mono.mp3');

    // The new upload asks the store whether the file is there and hears "yes"; it is held right
    // after, before its row exists.
    const heads = proxy.hold('response', objectRequest(s3.bucket, 'HEAD', key));
    const second = uploadFile(stack.gatewayUrl, { token: alice.token, bytes, filename: 'again.mp3' });
    await heads.reached(1);

    // Meanwhile the first song goes, and with it the blob: no row references it yet.
    const deleted = await alice.client.request<{ deleteSong: boolean }>(DELETE, { id: first.id });
    expect(deleted.data?.deleteSong).toBe(true);
    expect(await s3.objectKeys()).not.toContain(key);

    heads.release();
    const response = await second;
    expect(response.errors).toBeUndefined();
    const song = response.data?.uploadSong;
    expect(song?.sha256).toBe(key);
    const audio = await get(stack.gatewayUrl, song?.streamUrl as string);
    expect(audio.status).toBe(200);
    expect(sha256(audio.body)).toBe(key);
    expect(await s3.objectKeys()).toContain(key);
  });
});
