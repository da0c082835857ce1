import { createHash } from 'node:crypto';
import { testBackends } from '@sp0t1fy/platform/testing';
import type SubsonicAPI from 'subsonic-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededUser, seed } from './support/seed.js';
import { STACK_LAYOUTS, startStack, type TestStack } from './support/stack.js';
import { subsonicCall, subsonicErrorCode } from './support/subsonic.js';
import { createAppPassword, subsonicClient } from './support/subsonic-client.js';
import { readFixture, type SongFields } from './support/uploads.js';

const [backend] = await testBackends();

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Media {
  status: number;
  headers: Headers;
  body: Buffer;
}

// Both layouts: in one process the catalog's router answers, separately the gateway's media proxy does.
describe.each(STACK_LAYOUTS)('the Subsonic API: stream, download and cover art (%s)', (layout) => {
  let stack: TestStack;
  let alice: SeededUser;
  let password: string;
  let client: SubsonicAPI;
  let withCover: SongFields;
  let withoutCover: SongFields;
  let coverBytes: Buffer;
  let plainBytes: Buffer;

  /** A media call over plain HTTP (the bytes are not a Subsonic answer, so not schema-checked here). */
  async function media(
    method: string,
    params: Record<string, string>,
    options: { headers?: Record<string, string>; method?: 'GET' | 'HEAD' | 'POST' } = {},
  ): Promise<Media> {
    const search = new URLSearchParams({ u: alice.email, p: password, v: '1.16.1', c: 'raw', ...params });
    const response =
      options.method === 'POST'
        ? await fetch(`${stack.gatewayUrl}/rest/${method}.view`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', ...options.headers },
            body: search.toString(),
          })
        : await fetch(`${stack.gatewayUrl}/rest/${method}?${search}`, {
            method: options.method ?? 'GET',
            headers: options.headers ?? {},
          });
    return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
  }

  const call = (method: string, params: Record<string, string>) =>
    subsonicCall(stack.gatewayUrl, method, { u: alice.email, p: password, v: '1.16.1', c: 'raw', ...params });

  beforeAll(async () => {
    stack = await startStack(backend!, { layout });
    alice = await seed(stack.client).user();
    withCover = await seed(stack.client).song(alice, 'tones-with-cover.mp3', { album: 'Covered', artist: 'Painter' });
    withoutCover = await seed(stack.client).song(alice, 'speech-cbr128.mp3');
    coverBytes = await readFixture('tones-with-cover.mp3');
    plainBytes = await readFixture('speech-cbr128.mp3');
    password = (await createAppPassword(alice.client)).password;
    client = subsonicClient(stack.gatewayUrl, { username: alice.email, password });
  }, 120_000);
  afterAll(() => stack?.close());

  it('streams the original through the subsonic-api client, byte for byte as uploaded', async () => {
    const response = await client.stream({ id: withoutCover.id });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(sha256(bytes)).toBe(sha256(plainBytes));
    expect(sha256(bytes)).toBe(withoutCover.sha256);
  });

  it('serves Range requests on stream: the parts put together are the upload', async () => {
    const head = await media('stream', { id: withCover.id }, { headers: { range: 'bytes=0-4095' } });
    expect(head.status).toBe(206);
    expect(head.headers.get('content-range')).toBe(`bytes 0-4095/${coverBytes.length}`);
    expect(head.body).toHaveLength(4096);
    const tail = await media('stream', { id: withCover.id }, { headers: { range: 'bytes=4096-' } });
    expect(tail.status).toBe(206);
    expect(tail.headers.get('content-range')).toBe(`bytes 4096-${coverBytes.length - 1}/${coverBytes.length}`);
    expect(sha256(Buffer.concat([head.body, tail.body]))).toBe(withCover.sha256);
    expect(sha256(Buffer.concat([head.body, tail.body]))).toBe(sha256(coverBytes));

    const probe = await media('stream', { id: withCover.id }, { method: 'HEAD' });
    expect(probe.status).toBe(200);
    expect(probe.headers.get('accept-ranges')).toBe('bytes');
    expect(Number(probe.headers.get('content-length'))).toBe(coverBytes.length);
    expect(probe.body).toHaveLength(0);
  });

  it('streams by form POST, and format=raw or an unknown format is the original', async () => {
    for (const format of [undefined, 'raw', 'flv']) {
      const streamed = await media(
        'stream',
        { id: withoutCover.id, ...(format ? { format } : {}) },
        { method: 'POST' },
      );
      expect(streamed.status, String(format)).toBe(200);
      expect(sha256(streamed.body)).toBe(withoutCover.sha256);
    }
  });

  it('transcodes for format=mp3 with a maxBitRate below the file', async () => {
    const streamed = await media('stream', { id: withCover.id, format: 'mp3', maxBitRate: '64' });
    expect(streamed.status).toBe(200);
    expect(streamed.headers.get('content-type')).toBe('audio/mpeg');
    expect(streamed.body.length).toBeGreaterThan(0);
    // 64 kbit/s of a 12 s file, not the 192 kbit/s original.
    expect(streamed.body.length).toBeLessThan(coverBytes.length / 2);
  });

  it('downloads the original', async () => {
    const response = await client.download({ id: withCover.id });
    expect(response.status).toBe(200);
    expect(sha256(Buffer.from(await response.arrayBuffer()))).toBe(withCover.sha256);
  });

  it('answers getCoverArt with the image for a song id and an album id, scaled with size', async () => {
    const song = await media('getCoverArt', { id: withCover.id });
    expect(song.status).toBe(200);
    expect(song.headers.get('content-type')).toMatch(/^image\//);
    expect(song.body.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));

    const found = await call('getSong', { id: withCover.id, f: 'json' });
    const { coverArt, albumId } = (found.response.song as { coverArt: string; albumId: string }) ?? {};
    expect(coverArt).toBe(withCover.id);
    const album = await media('getCoverArt', { id: albumId });
    expect(album.status).toBe(200);
    expect(album.headers.get('content-type')).toMatch(/^image\//);

    const small = await media('getCoverArt', { id: withCover.id, size: '32' });
    expect(small.status).toBe(200);
    expect(small.headers.get('content-type')).toMatch(/^image\//);
    expect(small.body.length).toBeGreaterThan(0);
    expect(small.body.length).toBeLessThan(song.body.length);
  });

  it('answers media errors in the Subsonic envelope: unknown or wrong-kind ids 70, a missing id 10, a bad size 0', async () => {
    expect(subsonicErrorCode(await call('stream', { id: '00000000-0000-4000-8000-000000000000' }))).toBe(70);
    expect(subsonicErrorCode(await call('stream', { id: `al-${withCover.id}` }))).toBe(70);
    expect(subsonicErrorCode(await call('stream', { id: '../../etc/passwd' }))).toBe(70);
    expect(subsonicErrorCode(await call('stream', {}))).toBe(10);
    expect(subsonicErrorCode(await call('download', { id: 'ar-x' }))).toBe(70);
    expect(subsonicErrorCode(await call('getCoverArt', { id: withoutCover.id }))).toBe(70);
    expect(subsonicErrorCode(await call('getCoverArt', { id: withCover.id, size: 'big' }))).toBe(0);
    expect(subsonicErrorCode(await call('stream', { id: withCover.id, maxBitRate: 'fast' }))).toBe(0);
    const anonymous = await subsonicCall(stack.gatewayUrl, 'stream', { id: withCover.id });
    expect(subsonicErrorCode(anonymous)).toBe(10);
  });
});
