/**
 * BlobStore on the local file system: root/ab/cd/<sha256>. Two levels of 256-way sharding keep
 * directories small (a million blobs is ~15 per leaf directory).
 */
import { randomUUID } from 'node:crypto';
import { copyFile, link, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { assertBlobKey, assertByteRange, BlobNotFoundError, type BlobStore } from './blob-store.js';
import { FileHandlePool } from './file-handle-pool.js';

/**
 * Bytes per read from disk. Node's default of 64 KiB made a 256 KiB Range request (what audio
 * elements ask for) four reads on the thread pool and four socket writes; one of each costs the
 * catalog about a fifth less CPU per request (bench/PROFILE.md, scenario 1). At most this much is
 * read ahead per response.
 */
const READ_CHUNK_BYTES = 256 * 1024;

/** Blobs kept open for ranged reads: a player seeking through a library touches few at a time. */
const MAX_OPEN_BLOBS = 64;
/** How stale a kept handle may get before it checks that its file was not deleted by someone else. */
const RECHECK_OPEN_BLOB_MS = 2000;

export class LocalBlobStore implements BlobStore {
  private readonly handles: FileHandlePool;

  constructor(
    readonly root: string,
    options: { now?: () => number } = {},
  ) {
    this.handles = new FileHandlePool({ maxOpen: MAX_OPEN_BLOBS, recheckMs: RECHECK_OPEN_BLOB_MS, ...options });
  }

  pathFor(key: string): string {
    assertBlobKey(key);
    return join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  // contentType is not stored: locally it is known from the database row, and the key says nothing
  // about it. Object-store implementations set it on the object.
  async putFile(key: string, tempFilePath: string, _contentType: string): Promise<void> {
    const target = this.pathFor(key);
    await mkdir(dirname(target), { recursive: true });
    try {
      // A hard link appears atomically (readers see no blob or the whole blob), fails when the key is
      // already stored (two concurrent puts of one key both succeed, with identical content), and
      // leaves the temp file to the caller.
      await link(tempFilePath, target);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EEXIST') return;
      // Another file system, or one without hard links: copy beside the target, then rename.
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
      await copyThenRename(tempFilePath, target);
    }
  }

  async stat(key: string): Promise<{ sizeBytes: number } | null> {
    try {
      return { sizeBytes: (await stat(this.pathFor(key))).size };
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  async read(key: string, range?: { start: number; end: number }): Promise<NodeJS.ReadableStream> {
    const path = this.pathFor(key);
    if (range) assertByteRange(range);
    // Opening before returning turns a missing blob into a rejection instead of a stream that errors
    // later, after the caller may already have sent a 200.
    const handle = await open(path, 'r').catch((error: unknown) => {
      throw errorCode(error) === 'ENOENT' ? new BlobNotFoundError(key) : error;
    });
    const chunk = { highWaterMark: READ_CHUNK_BYTES };
    return handle.createReadStream(range ? { start: range.start, end: range.end, ...chunk } : chunk);
  }

  async readBytes(key: string, range: { start: number; end: number }): Promise<Buffer> {
    assertByteRange(range);
    const path = this.pathFor(key);
    const length = range.end - range.start + 1;
    // allocUnsafe: every byte is overwritten by the read or the buffer is cut to what was read.
    const buffer = Buffer.allocUnsafe(length);
    let filled = 0;
    await this.handles
      .with(path, async (handle) => {
        while (filled < length) {
          const { bytesRead } = await handle.read(buffer, filled, length - filled, range.start + filled);
          if (bytesRead === 0) break; // end of file: the range ran past it
          filled += bytesRead;
        }
      })
      .catch((error: unknown) => {
        throw errorCode(error) === 'ENOENT' ? new BlobNotFoundError(key) : error;
      });
    return filled === length ? buffer : buffer.subarray(0, filled);
  }

  // Empty shard directories are left in place: removing them would race with a concurrent putFile
  // that has just created the same directory.
  async delete(key: string): Promise<void> {
    const path = this.pathFor(key);
    await this.handles.drop(path);
    await rm(path, { force: true });
  }

  close(): Promise<void> {
    return this.handles.close();
  }
}

/** Fallback when the temp file cannot be linked: copy beside the target, then rename into place. */
async function copyThenRename(source: string, target: string): Promise<void> {
  const partial = `${target}.partial-${randomUUID()}`;
  try {
    await copyFile(source, partial);
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}
