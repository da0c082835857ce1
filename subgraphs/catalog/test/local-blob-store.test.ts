import { createHash } from 'node:crypto';
import { access, mkdir, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { audioFixture } from '@sp0t1fy/platform/testing';
import { describe, expect, it } from 'vitest';
import { BlobNotFoundError, InvalidBlobKeyError } from '../src/providers/storage/blob-store.js';
import { LocalBlobStore } from '../src/providers/storage/local-blob-store.js';
import { tempDir } from './helpers.js';

/** Inclusive byte ranges of the 13,340-byte fixture: the first byte, a few, most of it, the last byte. */
const RANGES = [
  [0, 0],
  [0, 1],
  [10, 19],
  [100, 13339],
  [13339, 13339],
];

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** How many of this process's file descriptors are open on path (Linux). */
async function openDescriptors(path: string): Promise<number> {
  const fds = await readdir('/proc/self/fd');
  const targets = await Promise.all(fds.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
  return targets.filter((target) => target === path).length;
}

async function setup(options: { now?: () => number } = {}) {
  const root = await tempDir();
  const store = new LocalBlobStore(join(root, 'blobs'), options);
  const staging = join(root, 'tmp');
  const content = await readFile(audioFixture('tone-vbr-mono.mp3'));
  const key = sha256(content);
  const stageTemp = async (bytes: Buffer = content) => {
    await mkdir(staging, { recursive: true });
    const path = join(staging, `t-${Math.random().toString(36).slice(2)}`);
    await writeFile(path, bytes);
    return path;
  };
  return { store, staging, content, key, stageTemp };
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('LocalBlobStore', () => {
  it('stores the temp file at root/ab/cd/<sha256>, leaving the temp file to the caller', async () => {
    const { store, content, key, stageTemp } = await setup();
    const temp = await stageTemp();
    await store.putFile(key, temp, 'audio/mpeg');

    const expectedPath = join(store.root, key.slice(0, 2), key.slice(2, 4), key);
    expect(store.pathFor(key)).toBe(expectedPath);
    expect(await readFile(expectedPath)).toStrictEqual(content);
    expect(await exists(temp)).toBe(true);
    expect(await store.stat(key)).toStrictEqual({ sizeBytes: content.length });
  });

  it('is idempotent: a second put of the same key keeps the stored content', async () => {
    const { store, content, key, stageTemp } = await setup();
    await store.putFile(key, await stageTemp(), 'audio/mpeg');
    const second = await stageTemp();
    await store.putFile(key, second, 'audio/mpeg');
    expect(await readFile(store.pathFor(key))).toStrictEqual(content);
  });

  it('survives concurrent puts of the same key', async () => {
    const { store, content, key, stageTemp } = await setup();
    const temps = await Promise.all([stageTemp(), stageTemp(), stageTemp(), stageTemp()]);
    await Promise.all(temps.map((temp) => store.putFile(key, temp, 'audio/mpeg')));
    expect(await readFile(store.pathFor(key))).toStrictEqual(content);
  });

  it('fails when the temp file is missing', async () => {
    const { store, key } = await setup();
    await expect(store.putFile(key, join(store.root, 'nope'), 'audio/mpeg')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await store.stat(key)).toBeNull();
  });

  it('reads the whole blob', async () => {
    const { store, content, key, stageTemp } = await setup();
    await store.putFile(key, await stageTemp(), 'audio/mpeg');
    expect(await buffer(await store.read(key))).toStrictEqual(content);
  });

  it.each(RANGES)('reads the inclusive range %i-%i', async (start, end) => {
    const { store, content, key, stageTemp } = await setup();
    await store.putFile(key, await stageTemp(), 'audio/mpeg');
    expect(await buffer(await store.read(key, { start, end }))).toStrictEqual(content.subarray(start, end + 1));
  });

  it('reads a 256 KiB range (what audio elements ask for) in one chunk, and larger ones in 256 KiB chunks', async () => {
    const { store, stageTemp } = await setup();
    const big = Buffer.alloc(1024 * 1024, 7);
    const bigKey = sha256(big);
    await store.putFile(bigKey, await stageTemp(big), 'audio/mpeg');
    const chunkSizes = async (range?: { start: number; end: number }) => {
      const sizes: number[] = [];
      for await (const chunk of await store.read(bigKey, range)) sizes.push((chunk as Buffer).length);
      return sizes;
    };
    expect(await chunkSizes({ start: 256 * 1024, end: 512 * 1024 - 1 })).toStrictEqual([256 * 1024]);
    expect(await chunkSizes()).toStrictEqual([256 * 1024, 256 * 1024, 256 * 1024, 256 * 1024]);
  });

  it('returns fewer bytes for a range past the end', async () => {
    const { store, content, key, stageTemp } = await setup();
    await store.putFile(key, await stageTemp(), 'audio/mpeg');
    const bytes = await buffer(await store.read(key, { start: content.length - 5, end: content.length + 100 }));
    expect(bytes).toStrictEqual(content.subarray(content.length - 5));
  });

  it.each([
    { start: -1, end: 5 },
    { start: 5, end: 4 },
    { start: 1.5, end: 4 },
    { start: 0, end: Number.NaN },
  ])('rejects the invalid range %o', async (range) => {
    const { store, key, stageTemp } = await setup();
    await store.putFile(key, await stageTemp(), 'audio/mpeg');
    await expect(store.read(key, range)).rejects.toBeInstanceOf(RangeError);
  });

  it('rejects reading a missing blob before returning a stream', async () => {
    const { store, key } = await setup();
    await expect(store.read(key)).rejects.toBeInstanceOf(BlobNotFoundError);
    expect(await store.stat(key)).toBeNull();
  });

  it('deletes, and deleting again is fine', async () => {
    const { store, key, stageTemp } = await setup();
    await store.putFile(key, await stageTemp(), 'audio/mpeg');
    await store.delete(key);
    expect(await store.stat(key)).toBeNull();
    await store.delete(key);
  });

  it.each([
    '../../../etc/passwd',
    'a'.repeat(63),
    'a'.repeat(65),
    'A'.repeat(64),
    `${'a'.repeat(62)}/x`,
    `${'a'.repeat(63)}\n`,
    `${'a'.repeat(64)}\n`,
    'g'.repeat(64),
    '',
  ])('refuses the key %j in every method', async (badKey) => {
    const { store, stageTemp } = await setup();
    const temp = await stageTemp();
    await expect(store.putFile(badKey, temp, 'audio/mpeg')).rejects.toBeInstanceOf(InvalidBlobKeyError);
    await expect(store.stat(badKey)).rejects.toBeInstanceOf(InvalidBlobKeyError);
    await expect(store.read(badKey)).rejects.toBeInstanceOf(InvalidBlobKeyError);
    await expect(store.delete(badKey)).rejects.toBeInstanceOf(InvalidBlobKeyError);
    expect(await exists(temp)).toBe(true); // nothing was touched
  });

  describe('readBytes (small ranges, on a kept file handle)', () => {
    it.each(RANGES)('reads the inclusive range %i-%i', async (start, end) => {
      const { store, content, key, stageTemp } = await setup();
      await store.putFile(key, await stageTemp(), 'audio/mpeg');
      expect(await store.readBytes(key, { start, end })).toStrictEqual(content.subarray(start, end + 1));
      await store.close();
    });

    it('returns fewer bytes for a range past the end, and rejects invalid ranges', async () => {
      const { store, content, key, stageTemp } = await setup();
      await store.putFile(key, await stageTemp(), 'audio/mpeg');
      const end = content.length + 100;
      expect(await store.readBytes(key, { start: content.length - 5, end })).toStrictEqual(content.subarray(-5));
      await expect(store.readBytes(key, { start: 5, end: 4 })).rejects.toBeInstanceOf(RangeError);
      await store.close();
    });

    it('keeps one handle open across reads and closes it on close()', async () => {
      const { store, content, key, stageTemp } = await setup();
      await store.putFile(key, await stageTemp(), 'audio/mpeg');
      const reads = await Promise.all([0, 1, 2, 3].map((i) => store.readBytes(key, { start: i, end: i + 9 })));
      expect(reads[3]).toStrictEqual(content.subarray(3, 13));
      await store.readBytes(key, { start: 0, end: 0 });
      expect(await openDescriptors(store.pathFor(key))).toBe(1);
      await store.close();
      expect(await openDescriptors(store.pathFor(key))).toBe(0);
    });

    it('closes the least recently used handle beyond 64 open blobs', async () => {
      const { store, stageTemp } = await setup();
      const keys: string[] = [];
      for (let i = 0; i < 65; i++) {
        const bytes = Buffer.from(`blob ${i}`);
        keys.push(sha256(bytes));
        await store.putFile(sha256(bytes), await stageTemp(bytes), 'application/octet-stream');
        expect((await store.readBytes(sha256(bytes), { start: 0, end: 3 })).toString()).toBe('blob');
      }
      expect(await openDescriptors(store.pathFor(keys[0]!))).toBe(0);
      expect(await openDescriptors(store.pathFor(keys[1]!))).toBe(1);
      expect(await openDescriptors(store.pathFor(keys[64]!))).toBe(1);
      await store.close();
    });

    it('gives every concurrent read of more blobs than it keeps open its own bytes', async () => {
      const { store, stageTemp } = await setup();
      const contents = Array.from({ length: 100 }, (_, i) => Buffer.from(`blob number ${i} `.repeat(50)));
      const keys = contents.map(sha256);
      for (const [i, bytes] of contents.entries()) await store.putFile(keys[i]!, await stageTemp(bytes), 'audio/mpeg');
      const reads = [...keys, ...keys.toReversed(), ...keys].map((key) =>
        store.readBytes(key, { start: 0, end: 99 }).then((bytes) => [key, bytes] as const),
      );
      for (const [key, bytes] of await Promise.all(reads)) {
        expect(bytes).toStrictEqual(contents[keys.indexOf(key)]!.subarray(0, 100));
      }
      const open = await Promise.all(keys.map((key) => openDescriptors(store.pathFor(key))));
      expect(open.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(64);
      await store.close();
      expect((await Promise.all(keys.map((key) => openDescriptors(store.pathFor(key))))).every((n) => n === 0)).toBe(
        true,
      );
    });

    it('a deleted blob is missing at once, though its handle was open', async () => {
      const { store, key, stageTemp } = await setup();
      await store.putFile(key, await stageTemp(), 'audio/mpeg');
      await store.readBytes(key, { start: 0, end: 9 });
      await store.delete(key);
      expect(await openDescriptors(store.pathFor(key))).toBe(0);
      await expect(store.readBytes(key, { start: 0, end: 9 })).rejects.toBeInstanceOf(BlobNotFoundError);
      await store.close();
    });

    it('a blob deleted behind its back (another instance on the same disk) is missing after 2 seconds', async () => {
      let now = 1_000_000;
      const { store, key, stageTemp } = await setup({ now: () => now });
      await store.putFile(key, await stageTemp(), 'audio/mpeg');
      await store.readBytes(key, { start: 0, end: 9 });
      await rm(store.pathFor(key));
      now += 2001;
      await expect(store.readBytes(key, { start: 0, end: 9 })).rejects.toBeInstanceOf(BlobNotFoundError);
      expect(await openDescriptors(`${store.pathFor(key)} (deleted)`)).toBe(0);
      await store.close();
    });

    it('rejects reading a missing blob', async () => {
      const { store, key } = await setup();
      await expect(store.readBytes(key, { start: 0, end: 9 })).rejects.toBeInstanceOf(BlobNotFoundError);
    });
  });
});
