import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { createLogger } from '@sp0t1fy/platform';
import { eventually, ffmpegChildren, ffprobe, makeTone, sha256Of } from '@sp0t1fy/platform/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { BlobNotFoundError, type BlobStore } from '../src/providers/storage/blob-store.js';
import { LocalBlobStore } from '../src/providers/storage/local-blob-store.js';
import { createMediaMaker, type MadeMedia, type MediaMaker } from '../src/providers/transcoding/media-maker.js';
import { audioOutputArgs } from '../src/providers/transcoding/recipes.js';
import { cacheKey, openTranscodeCache } from '../src/providers/transcoding/transcode-cache.js';
import { tempDir } from './helpers.js';
import { openS3TestStore } from './support/s3-test-store.js';

const logger = createLogger({ service: 'test', level: 'silent', format: 'json' });

async function setUp(options: { maxBytes?: number; concurrency?: number; blobs?: BlobStore } = {}) {
  const dir = await tempDir();
  const blobs = new LocalBlobStore(join(dir, 'blobs'));
  const cacheDir = join(dir, 'transcodes');
  const cache = await openTranscodeCache({ dir: cacheDir, maxBytes: options.maxBytes ?? 1024 ** 3, logger });
  const maker = createMediaMaker({
    ffmpegPath: 'ffmpeg',
    cache,
    blobs: options.blobs ?? blobs,
    concurrency: options.concurrency ?? 2,
    killGraceMs: 500,
    logger,
  });
  onTestFinished(() => maker.close());
  const storeFlac = async (seconds: number) => {
    const path = join(dir, `source-${seconds}.flac`);
    await makeTone(path, seconds);
    const key = await sha256Of(path);
    await blobs.putFile(key, path, 'audio/flac');
    return key;
  };
  /** Every file under the cache directory (temp files included). */
  const files = async () =>
    (await readdir(cacheDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  return { dir, blobs, cache, maker, storeFlac, files };
}

async function drain(made: MadeMedia, to: string): Promise<string> {
  if (made.kind !== 'live') throw new Error('expected a live transcode');
  const chunks: Buffer[] = [];
  for await (const chunk of made.body) chunks.push(chunk as Buffer);
  await writeFile(to, Buffer.concat(chunks));
  return to;
}

/** A store whose one blob is the start of a WAV that never ends: ffmpeg waits on stdin for ever. */
function endlessBlobs(): BlobStore & { sources: PassThrough[] } {
  const sources: PassThrough[] = [];
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(0xffffffff, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(2, 22);
  header.writeUInt32LE(44_100, 24);
  header.writeUInt32LE(44_100 * 4, 28);
  header.writeUInt16LE(4, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(0xffffffff, 40);
  return {
    sources,
    async read() {
      const source = new PassThrough();
      sources.push(source);
      source.write(header);
      // Two seconds of silence, enough for the encoder to emit its first bytes.
      source.write(Buffer.alloc(44_100 * 4 * 2));
      return source;
    },
    putFile: async () => {},
    stat: async () => null,
    delete: async () => {},
  };
}

const KEY = 'a'.repeat(64);

function firstChunk(body: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    body.once('data', resolve);
    body.once('error', reject);
  });
}

describe('transcoding with ffmpeg', () => {
  it.each([
    ['mp3', 128, 'mp3', 'mp3'],
    ['opus', 96, 'opus', 'ogg'],
    ['aac', 128, 'aac', 'aac'],
  ] as const)(
    'makes %s at %i kbit/s from a FLAC, decodable with its duration, then keeps it',
    async (format, kbps, codec, container) => {
      const { dir, cache, maker, storeFlac } = await setUp();
      const source = await storeFlac(12);
      const key = cacheKey(source, `${format}:${kbps}`);
      const out = await drain(maker.get(key, source, audioOutputArgs(format, kbps)), join(dir, `out.${format}`));
      const probed = await ffprobe(out);
      expect(probed.codec).toBe(codec);
      expect(probed.formatName).toContain(container);
      expect(Math.abs(probed.durationSeconds - 12)).toBeLessThanOrEqual(1);
      if (format !== 'opus') expect(Math.abs((probed.bitRate ?? 0) / 1000 - kbps)).toBeLessThan(kbps * 0.15);
      const kept = await eventually(() => {
        const found = cache.lookup(key);
        if (!found) throw new Error('not kept yet');
        return found;
      });
      expect(maker.get(key, source, [])).toEqual({ kind: 'kept', file: kept });
      const keptBytes = await text(await cache.store.read(key));
      expect(keptBytes.length).toBeGreaterThan(0);
      expect(await ffmpegChildren()).toEqual([]);
    },
  );

  it('transcodes a blob from an S3 store, piped to ffmpeg on stdin', async () => {
    const { store: s3, close } = await openS3TestStore({ maxSockets: 4 });
    onTestFinished(close);
    const { dir, maker, storeFlac } = await setUp({ blobs: s3 });
    const source = await storeFlac(8);
    await s3.putFile(source, join(dir, 'source-8.flac'), 'audio/flac');
    const key = cacheKey(source, 'opus:64');
    const probed = await ffprobe(await drain(maker.get(key, source, audioOutputArgs('opus', 64)), join(dir, 'o.ogg')));
    expect(probed.codec).toBe('opus');
    expect(Math.abs(probed.durationSeconds - 8)).toBeLessThanOrEqual(1);
    expect(await ffmpegChildren()).toEqual([]);
  });

  it('shares one ffmpeg between two requests for the same transcode, the second reading the growing file', async () => {
    const { dir, maker, storeFlac } = await setUp();
    const source = await storeFlac(60);
    const key = cacheKey(source, 'mp3:128');
    const first = maker.get(key, source, audioOutputArgs('mp3', 128));
    if (first.kind !== 'live') throw new Error('expected live');
    const firstChunks: Buffer[] = [];
    const firstDone = new Promise((resolve, reject) => first.body.on('end', resolve).on('error', reject));
    await new Promise<void>((resolve) =>
      first.body.on('data', (chunk: Buffer) => {
        firstChunks.push(chunk);
        resolve();
      }),
    );
    const second = maker.get(key, source, audioOutputArgs('mp3', 128));
    expect(second.kind).toBe('live');
    expect(maker.jobs()).toBe(1);
    const b = await drain(second, join(dir, 'b.mp3'));
    await firstDone;
    const a = join(dir, 'a.mp3');
    await writeFile(a, Buffer.concat(firstChunks));
    expect(await sha256Of(b)).toBe(await sha256Of(a));
    expect((await ffprobe(b)).durationSeconds).toBeCloseTo(60, 0);
  });

  it('stops ffmpeg when the last reader leaves, and keeps no half file', async () => {
    const blobs = endlessBlobs();
    const { cache, maker, files } = await setUp({ blobs });
    const key = cacheKey(KEY, 'opus:96');
    const made = maker.get(key, KEY, audioOutputArgs('opus', 96));
    if (made.kind !== 'live') throw new Error('expected live');
    await firstChunk(made.body);
    expect(await ffmpegChildren()).toHaveLength(1);
    expect(await files()).toHaveLength(1); // the temp file
    made.body.destroy();
    await eventually(async () => expect(await ffmpegChildren()).toEqual([]));
    await eventually(async () => expect(await files()).toEqual([]));
    expect(cache.lookup(key)).toBeNull();
    expect(maker.jobs()).toBe(0);
  });

  /** Two transcodes at concurrency 1, once the first has started: the second waits its turn. */
  async function oneRunningOneQueued() {
    const { maker } = await setUp({ blobs: endlessBlobs(), concurrency: 1 });
    const one = maker.get(cacheKey(KEY, 'mp3:96'), KEY, audioOutputArgs('mp3', 96));
    const two = maker.get(cacheKey(KEY, 'mp3:128'), KEY, audioOutputArgs('mp3', 128));
    if (one.kind !== 'live' || two.kind !== 'live') throw new Error('expected live');
    await firstChunk(one.body);
    return { maker, one: one.body, two: two.body };
  }

  it('runs at most N ffmpeg at once and queues the rest, in order', async () => {
    const { maker, one, two } = await oneRunningOneQueued();
    expect(maker.limit.running).toBe(1);
    expect(maker.limit.waiting).toBe(1);
    expect(await ffmpegChildren()).toHaveLength(1);
    one.destroy();
    await firstChunk(two);
    expect(maker.limit.waiting).toBe(0);
    two.destroy();
    await eventually(async () => expect(await ffmpegChildren()).toEqual([]));
    expect(maker.limit.running).toBe(0);
  });

  it('takes a queued request out of the queue when its client leaves', async () => {
    const { maker, one, two } = await oneRunningOneQueued();
    expect(maker.limit.waiting).toBe(1);
    two.destroy();
    await eventually(() => expect(maker.limit.waiting).toBe(0));
    await eventually(() => expect(maker.jobs()).toBe(1));
    one.destroy();
    await eventually(async () => expect(await ffmpegChildren()).toEqual([]));
  });

  it('evicts the least recently used kept files beyond the budget', async () => {
    const probe = await setUp();
    const source = await probe.storeFlac(10);
    const make = async (maker: MediaMaker, kbps: number) => {
      const key = cacheKey(source, `mp3:${kbps}`);
      await drain(maker.get(key, source, audioOutputArgs('mp3', kbps)), join(probe.dir, `${kbps}.mp3`));
      return key;
    };
    // 10 s at 64 kbit/s is about 80 kB: a budget of 150 kB holds 64 and 48 kbit/s, not 32 as well.
    const cache = await openTranscodeCache({ dir: join(probe.dir, 'small'), maxBytes: 150_000, logger });
    const maker = createMediaMaker({ ffmpegPath: 'ffmpeg', cache, blobs: probe.blobs, concurrency: 2, logger });
    onTestFinished(() => maker.close());
    const a = await make(maker, 64);
    const b = await make(maker, 48);
    await eventually(() => expect(cache.lookup(b)).not.toBeNull());
    expect(cache.lookup(a)).not.toBeNull(); // a is now the most recently used
    const c = await make(maker, 32);
    await eventually(() => expect(cache.lookup(c)).not.toBeNull());
    expect(cache.lookup(b)).toBeNull();
    expect(cache.lookup(a)).not.toBeNull();
    expect(cache.sizeBytes()).toBeLessThanOrEqual(150_000);
    await expect(cache.store.read(b)).rejects.toBeInstanceOf(BlobNotFoundError);
    // The index is rebuilt from the disk at start.
    const reopened = await openTranscodeCache({ dir: join(probe.dir, 'small'), maxBytes: 150_000, logger });
    expect(reopened.lookup(a)).not.toBeNull();
    expect(reopened.lookup(b)).toBeNull();
  });

  it('keeps nothing when ffmpeg fails, and says so to the reader', async () => {
    const { dir, blobs, maker, files } = await setUp();
    const junk = join(dir, 'junk');
    await mkdir(dir, { recursive: true });
    await writeFile(junk, 'not audio at all');
    await blobs.putFile(KEY, junk, 'audio/flac');
    const made = maker.get(cacheKey(KEY, 'mp3:128'), KEY, audioOutputArgs('mp3', 128));
    if (made.kind !== 'live') throw new Error('expected live');
    await expect(text(made.body)).rejects.toThrow(/ffmpeg exited/);
    await eventually(async () => expect(await files()).toEqual([]));
    expect(await ffmpegChildren()).toEqual([]);
  });
});

describe('transcoding without a working ffmpeg', () => {
  it('fails the reader and keeps nothing when the binary cannot be started', async () => {
    const dir = await tempDir();
    const blobs = new LocalBlobStore(join(dir, 'blobs'));
    const cache = await openTranscodeCache({ dir: join(dir, 'transcodes'), maxBytes: 1024 ** 2, logger });
    const maker = createMediaMaker({ ffmpegPath: join(dir, 'no-such-ffmpeg'), cache, blobs, concurrency: 1, logger });
    onTestFinished(() => maker.close());
    const made = maker.get(cacheKey(KEY, 'mp3:128'), KEY, audioOutputArgs('mp3', 128));
    if (made.kind !== 'live') throw new Error('expected live');
    await expect(text(made.body)).rejects.toThrow(/ENOENT/);
    await eventually(() => expect(maker.jobs()).toBe(0));
    expect(maker.limit.running).toBe(0);
    expect(await readdir(join(dir, 'transcodes', 'tmp'))).toEqual([]);
  });
});
