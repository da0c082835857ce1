import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, ffmpegChildren, ffprobeBytes, imageSize, makeTone } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from './support/client.js';
import { type SeededUser, seed } from './support/seed.js';
import { stackVariants, startStack, type TestStack } from './support/stack.js';
import { listFiles, type SongFields, uploadFile } from './support/uploads.js';

const STREAM_URL = /* GraphQL */ `
  query StreamUrl($id: ID!, $format: StreamFormat, $maxBitRate: Int) {
    song(id: $id) { streamUrl(format: $format, maxBitRate: $maxBitRate) }
  }
`;

/** Enough for the 30 s transcodes of the first tests (480 + 360 kB); 30 s MP3s at 256 and 192 kbit/s (960 + 720 kB) are not. */
const CACHE_BYTES = 1_500_000;

const [variant] = await stackVariants();

describe(`transcoded streams through the gateway (${variant?.label})`, () => {
  let stack: TestStack;
  let alice: SeededUser;
  let short: SongFields;
  let long: SongFields;
  let mp3: SongFields;
  let work: string;

  beforeAll(async () => {
    if (!variant) throw new Error('no stack variant');
    stack = await startStack(variant, {
      layout: variant.layout,
      env: { TRANSCODE_CACHE_BYTES: String(CACHE_BYTES), TRANSCODE_CONCURRENCY: '1' },
    });
    alice = await seed(stack.client).user();
    work = await mkdtemp(join(tmpdir(), 'transcoding-'));
    const upload = async (name: string, seconds: number) => {
      const bytes = await makeTone(join(work, name), seconds);
      const response = await uploadFile(stack.gatewayUrl, { token: alice.token, bytes, filename: name });
      if (!response.data?.uploadSong) throw new Error(JSON.stringify(response.errors));
      return response.data.uploadSong;
    };
    short = await upload('short.flac', 30);
    long = await upload('long.flac', 300);
    mp3 = await upload('short.mp3', 30);
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  const transcodes = () => join(stack.dataDir, 'catalog', 'transcodes');
  /** The hosted catalog's transcoder, to see its queue. */
  const maker = () => {
    const catalog = stack.services.catalog;
    if (!catalog) throw new Error('the stack hosts no catalog');
    return (catalog.providers as { maker: { limit: { running: number; waiting: number } } }).maker;
  };

  async function streamUrl(song: SongFields, format?: string, maxBitRate?: number): Promise<string> {
    const response = await stack.client
      .as(alice.token)
      .request<{ song: { streamUrl: string } }>(STREAM_URL, { id: song.id, format, maxBitRate });
    if (!response.data?.song) throw new Error(JSON.stringify(response.errors));
    return response.data.song.streamUrl;
  }

  async function get(path: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${stack.gatewayUrl}${path}`, { headers });
    return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
  }

  /** Opens a stream and waits for its first body bytes; abort() is the client leaving. */
  async function openStream(path: string) {
    const controller = new AbortController();
    const response = await fetch(`${stack.gatewayUrl}${path}`, { signal: controller.signal });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    return {
      response,
      firstBytes: () => reader.read(),
      abort: () => controller.abort(),
    };
  }

  it('keeps the original link as it was, and signs format and bitrate into a transcode link', async () => {
    expect(short.mimeType).toBe('audio/flac');
    expect(await streamUrl(short)).toBe(short.streamUrl);
    expect(await streamUrl(short, 'ORIGINAL', 5000)).toBe(short.streamUrl);
    expect(await streamUrl(short, 'MP3', 128)).toMatch(/\/audio\?format=mp3&bitrate=128&user=/);
    expect(short.bitrateKbps).toBeGreaterThan(64); // a sine compresses well, even losslessly
    expect(await streamUrl(short, 'ORIGINAL', 50)).toMatch(/\?format=mp3&bitrate=48&/);
    expect(await streamUrl(mp3, 'ORIGINAL', 100)).toMatch(/\?format=mp3&bitrate=96&/);
    expect(await streamUrl(short, 'OPUS')).toMatch(/\?format=opus&bitrate=128&/);
    expect(await streamUrl(short, 'AAC', 1000)).toMatch(/\?format=aac&bitrate=320&/);
    // Already MP3 at no more than the rate asked: the original.
    expect(await streamUrl(mp3, 'MP3', 5000)).toBe(mp3.streamUrl);
    expect(await streamUrl(mp3, 'ORIGINAL', 320)).toBe(mp3.streamUrl);
    expect(await streamUrl(mp3, 'MP3', 160)).toMatch(/\?format=mp3&bitrate=160&/);
    const refused = await stack.client.as(alice.token).request(STREAM_URL, { id: short.id, maxBitRate: 10_001 });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ field: 'maxBitRate' });
  });

  it('streams a FLAC as a 128 kbit/s MP3 while it is made (a Range answered without ranges), then serves the kept file with Range', async () => {
    const url = await streamUrl(short, 'MP3', 128);
    const live = await get(url, { range: 'bytes=1000-1999' });
    expect(live.status).toBe(200);
    expect(live.headers.get('content-type')).toBe('audio/mpeg');
    expect(live.headers.get('accept-ranges')).toBe('none');
    expect(live.headers.get('cache-control')).toBe('no-store');
    const probed = await ffprobeBytes(live.body, 'live.mp3');
    expect(probed.codec).toBe('mp3');
    expect(Math.abs(probed.durationSeconds - 30)).toBeLessThanOrEqual(1);
    expect(Math.abs(probed.bitRate - 128_000)).toBeLessThan(8_000);

    const ranged = await get(url, { range: 'bytes=1000-1999' });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe(`bytes 1000-1999/${live.body.length}`);
    expect(ranged.headers.get('accept-ranges')).toBe('bytes');
    expect(ranged.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/);
    expect(ranged.body).toStrictEqual(live.body.subarray(1000, 2000));
    const whole = await get(url);
    expect(whole.headers.get('content-length')).toBe(String(live.body.length));
    expect(whole.body).toStrictEqual(live.body);
    const revalidated = await get(url, { 'if-none-match': whole.headers.get('etag') as string });
    expect(revalidated.status).toBe(304);
  });

  it('streams a FLAC as Opus in Ogg that ffprobe decodes with the right duration', async () => {
    const url = await streamUrl(short, 'OPUS', 96);
    const live = await get(url);
    expect(live.status).toBe(200);
    expect(live.headers.get('content-type')).toBe('audio/ogg; codecs=opus');
    const probed = await ffprobeBytes(live.body, 'live.opus');
    expect(probed.codec).toBe('opus');
    expect(Math.abs(probed.durationSeconds - 30)).toBeLessThanOrEqual(1);
    expect((await get(url, { range: 'bytes=0-99' })).status).toBe(206);
  });

  it('stops ffmpeg when the client leaves mid-transcode, and keeps no half file', async () => {
    const before = await listFiles(transcodes());
    const url = await streamUrl(long, 'OPUS', 96);
    const stream = await openStream(url);
    expect(stream.response.status).toBe(200);
    expect((await stream.firstBytes()).value?.length).toBeGreaterThan(0);
    expect(await ffmpegChildren()).toHaveLength(1);
    expect((await listFiles(transcodes())).filter((file) => file.endsWith('.part'))).toHaveLength(1);
    stream.abort();
    await eventually(async () => expect(await ffmpegChildren()).toEqual([]));
    await eventually(async () => expect(await listFiles(transcodes())).toEqual(before));
    expect(maker().limit.running).toBe(0);
    // Not kept: asked again, it is made again.
    const again = await openStream(url);
    expect(again.response.headers.get('accept-ranges')).toBe('none');
    again.abort();
    await eventually(async () => expect(await ffmpegChildren()).toEqual([]));
  });

  it('runs at most TRANSCODE_CONCURRENCY ffmpeg at once, queueing the next request until one ends', async () => {
    const first = await openStream(await streamUrl(long, 'AAC', 128));
    expect((await first.firstBytes()).value?.length).toBeGreaterThan(0);
    const second = await openStream(await streamUrl(long, 'AAC', 96));
    expect(second.response.status).toBe(200);
    await eventually(() => expect(maker().limit.waiting).toBe(1));
    expect(await ffmpegChildren()).toHaveLength(1);
    first.abort();
    expect((await second.firstBytes()).value?.length).toBeGreaterThan(0);
    expect(maker().limit.waiting).toBe(0);
    second.abort();
    await eventually(async () => expect(await ffmpegChildren()).toEqual([]));
  });

  it('evicts the least recently used kept transcodes beyond TRANSCODE_CACHE_BYTES', async () => {
    const older = await streamUrl(short, 'MP3', 256);
    const newer = await streamUrl(short, 'MP3', 192);
    expect((await get(older)).status).toBe(200);
    expect((await get(older, { range: 'bytes=0-9' })).status).toBe(206);
    expect((await get(newer)).status).toBe(200);
    // Both no longer fit: the one used longest ago went.
    expect((await get(newer, { range: 'bytes=0-9' })).status).toBe(206);
    const evicted = await get(older, { range: 'bytes=0-9' });
    expect(evicted.status).toBe(200);
    expect(evicted.headers.get('accept-ranges')).toBe('none');
    const kept = await listFiles(transcodes());
    expect(kept.filter((file) => !file.startsWith('tmp'))).toHaveLength(1);
  });

  it('scales a cover with ffmpeg to coverUrl(size:), and keeps the scaled copy', async () => {
    const song = await seed(stack.client).song(alice, 'tones-with-cover.mp3');
    const query = /* GraphQL */ `
      query Cover($id: ID!, $size: Int) { song(id: $id) { coverUrl(size: $size) } }
    `;
    const ask = (size: number) =>
      stack.client.as(alice.token).request<{ song: { coverUrl: string } }>(query, { id: song.id, size });
    const url = (await ask(32)).data?.song.coverUrl as string;
    expect(url).toMatch(/\/cover\?size=32&user=/);
    const live = await get(url);
    expect(live.status).toBe(200);
    expect(live.headers.get('content-type')).toBe('image/jpeg');
    const { width, height } = await imageSize(live.body);
    expect(Math.max(width, height)).toBe(32);
    const kept = await get(url);
    expect(kept.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/);
    expect(kept.body).toStrictEqual(live.body);
    expect((await get(url.replace('size=32', 'size=64'))).status).toBe(403);
    expect(errorCodes(await ask(15))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await ask(2049))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a link whose format or bitrate was altered (403)', async () => {
    const url = await streamUrl(short, 'OPUS', 96);
    expect((await get(url.replace('format=opus', 'format=mp3'))).status).toBe(403);
    expect((await get(url.replace('bitrate=96', 'bitrate=320'))).status).toBe(403);
    expect((await get(url.replace('format=opus&bitrate=96&', ''))).status).toBe(403);
    expect((await get(mp3.streamUrl.replace('?', '?format=mp3&bitrate=128&'))).status).toBe(403);
    expect((await get(url.replace('format=opus', 'format=flac'))).status).toBe(403);
    expect((await get(`${url}&format=opus`)).status).toBe(403);
  });
});

describe('a transcode abandoned through the gateway’s proxy (separate layout)', () => {
  let stack: TestStack;
  let alice: SeededUser;
  let work: string;

  beforeAll(async () => {
    if (!variant) throw new Error('no stack variant');
    stack = await startStack(variant, { layout: 'separate' });
    alice = await seed(stack.client).user();
    work = await mkdtemp(join(tmpdir(), 'transcoding-proxy-'));
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('stops ffmpeg when the client leaves, the proxy cutting its upstream request', async () => {
    const bytes = await makeTone(join(work, 'long.flac'), 300);
    const uploaded = await uploadFile(stack.gatewayUrl, { token: alice.token, bytes, filename: 'long.flac' });
    const song = uploaded.data?.uploadSong;
    if (!song) throw new Error(JSON.stringify(uploaded.errors));
    const response = await stack.client
      .as(alice.token)
      .request<{ song: { streamUrl: string } }>(STREAM_URL, { id: song.id, format: 'MP3', maxBitRate: 64 });
    const url = response.data?.song.streamUrl as string;
    const controller = new AbortController();
    const stream = await fetch(`${stack.gatewayUrl}${url}`, { signal: controller.signal });
    expect(stream.headers.get('accept-ranges')).toBe('none');
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    expect((await reader.read()).value?.length).toBeGreaterThan(0);
    expect(await ffmpegChildren()).toHaveLength(1);
    const transcodes = join(stack.dataDir, 'catalog', 'transcodes');
    expect(await listFiles(transcodes)).toEqual([expect.stringMatching(/^tmp\/.+\.part$/)]);
    controller.abort();
    await eventually(async () => expect(await ffmpegChildren()).toEqual([]));
    await eventually(async () => expect(await listFiles(transcodes)).toEqual([]));
  });
});
