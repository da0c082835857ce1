/**
 * The behaviour the catalog relies on from any BlobStore, run against the local-disk store and
 * against the S3 store talking to a real S3-protocol server in its own process.
 */
import { createHash } from 'node:crypto';
import { access, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobNotFoundError, type BlobStore, InvalidBlobKeyError } from '../src/providers/storage/blob-store.js';
import { LocalBlobStore } from '../src/providers/storage/local-blob-store.js';
import { noise } from './helpers.js';
import { openS3TestStore } from './support/s3-test-store.js';

interface OpenStore {
  store: BlobStore;
  /** Where the test stages files, as uploads are staged before putFile. */
  tempDir: string;
  close(): Promise<void>;
}

const PART_BYTES = 5 * 1024 * 1024;

const kinds: Array<{ name: string; open(root: string): Promise<OpenStore> }> = [
  {
    name: 'local disk',
    async open(root) {
      const store = new LocalBlobStore(join(root, 'blobs'));
      return { store, tempDir: join(root, 'tmp'), close: () => store.close() };
    },
  },
  {
    name: 'S3 (s3rver in its own process)',
    async open(root) {
      // The smallest part size S3 allows, so a modest test file already goes up in several parts.
      const { store, close } = await openS3TestStore({ maxSockets: 16, partSizeBytes: PART_BYTES });
      return { store, tempDir: join(root, 'tmp'), close };
    },
  },
];

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** Compared by length and digest: a failing diff of megabytes of bytes helps nobody. */
const expectBytes = (actual: Buffer, expected: Buffer) => {
  expect(actual.length).toBe(expected.length);
  expect(sha256(actual)).toBe(sha256(expected));
};
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe.each(kinds)('blob store: $name', (kind) => {
  let root: string;
  let opened: OpenStore;
  let store: BlobStore;
  let staged = 0;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sp0t1fy-blobs-'));
    opened = await kind.open(root);
    store = opened.store;
  });
  afterAll(async () => {
    await opened?.close();
    await rm(root, { recursive: true, force: true });
  });

  async function stage(bytes: Buffer): Promise<string> {
    await mkdir(opened.tempDir, { recursive: true });
    const path = join(opened.tempDir, `staged-${++staged}`);
    await writeFile(path, bytes);
    return path;
  }

  async function put(bytes: Buffer): Promise<string> {
    const key = sha256(bytes);
    await store.putFile(key, await stage(bytes), 'audio/mpeg');
    return key;
  }

  it('stores a staged file under its key, leaves the temp file to the caller, and reads it back whole and by range', async () => {
    const content = noise(64 * 1024, 1);
    const key = sha256(content);
    const temp = await stage(content);
    await store.putFile(key, temp, 'audio/mpeg');

    // The upload keeps its temp file until its row is committed, to store the bytes again if need be.
    expect(await exists(temp)).toBe(true);
    expect(await store.stat(key)).toEqual({ sizeBytes: content.length });
    expectBytes(await buffer(await store.read(key)), content);
    expectBytes(await buffer(await store.read(key, { start: 0, end: 0 })), content.subarray(0, 1));
    expectBytes(await buffer(await store.read(key, { start: 1000, end: 4999 })), content.subarray(1000, 5000));
    const last = content.length - 1;
    expectBytes(await buffer(await store.read(key, { start: last, end: last })), content.subarray(last));
  });

  it('streams a file of several multipart parts byte for byte, and serves ranges across part boundaries', async () => {
    const content = noise(2 * PART_BYTES + 12_345, 2);
    const key = await put(content);

    expect(await store.stat(key)).toEqual({ sizeBytes: content.length });
    expect(sha256(await buffer(await store.read(key)))).toBe(key);
    const start = PART_BYTES - 100;
    const end = 2 * PART_BYTES + 99;
    expectBytes(await buffer(await store.read(key, { start, end })), content.subarray(start, end + 1));
  });

  it('yields fewer bytes, or none, for a range past the end', async () => {
    const content = noise(1000, 3);
    const key = await put(content);
    expectBytes(await buffer(await store.read(key, { start: 990, end: 5000 })), content.subarray(990));
    expect((await buffer(await store.read(key, { start: 1000, end: 1999 }))).length).toBe(0);
  });

  it('is idempotent: putting an existing key keeps the content', async () => {
    const content = noise(4096, 4);
    const key = await put(content);
    const again = await stage(content);
    await store.putFile(key, again, 'audio/mpeg');
    expectBytes(await buffer(await store.read(key)), content);
  });

  it('survives concurrent puts of one key', async () => {
    const content = noise(300_000, 5);
    const key = sha256(content);
    const temps = await Promise.all([stage(content), stage(content), stage(content)]);
    await Promise.all(temps.map((temp) => store.putFile(key, temp, 'audio/mpeg')));
    expectBytes(await buffer(await store.read(key)), content);
  });

  it('answers a missing key with null from stat and BlobNotFoundError from read, before any stream', async () => {
    const missing = sha256(Buffer.from('never stored'));
    expect(await store.stat(missing)).toBeNull();
    await expect(store.read(missing)).rejects.toBeInstanceOf(BlobNotFoundError);
    await expect(store.read(missing, { start: 0, end: 10 })).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  it('deletes, and deleting an absent key succeeds', async () => {
    const content = noise(2048, 6);
    const key = await put(content);
    await store.delete(key);
    expect(await store.stat(key)).toBeNull();
    await expect(store.read(key)).rejects.toBeInstanceOf(BlobNotFoundError);
    await store.delete(key);
  });

  it('keeps serving other readers after a reader stops early', async () => {
    const content = noise(PART_BYTES + 1, 7);
    const key = await put(content);
    const abandoned = (await store.read(key)) as NodeJS.ReadableStream & { destroy(): void };
    await new Promise((resolve) => abandoned.once('data', resolve));
    abandoned.destroy();
    expect(sha256(await buffer(await store.read(key)))).toBe(key);
  });

  it('refuses keys that are not a SHA-256 digest, touching nothing', async () => {
    const temp = await stage(Buffer.from('x'));
    const staged = await readdir(opened.tempDir);
    for (const key of ['../../etc/passwd', 'ABC', `${'a'.repeat(64)}/x`, '']) {
      await expect(store.putFile(key, temp, 'audio/mpeg')).rejects.toBeInstanceOf(InvalidBlobKeyError);
      await expect(store.stat(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
      await expect(store.read(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
      await expect(store.delete(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
    }
    expect(await readdir(opened.tempDir)).toEqual(staged);
    await rm(temp);
  });
});
