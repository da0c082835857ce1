/**
 * Streams an upload to a temp file while hashing and counting it, so the content key and size are
 * known without reading the file twice and without holding it in memory.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { formatBytes } from '@sp0t1fy/platform';

export interface StagedUpload {
  tempPath: string;
  sha256: string;
  sizeBytes: number;
}

/**
 * The temp file is fsynced before it is stored (see below). Left to the end, that one fsync wrote a
 * 200 MB upload out in ~0.2 s after its last byte arrived, while the client waited; asking the kernel
 * to write out what has arrived every so many bytes, while the rest is still arriving, leaves the
 * final fsync only the tail.
 */
const WRITE_OUT_EVERY_BYTES = 16 * 1024 * 1024;

/**
 * How much the temp file's stream takes before it pushes back. With the default 16 KiB, every
 * ~64 KiB chunk of the request became its own write on the thread pool, and handing a write over
 * cost the main thread ~25-100 µs (writeBuffer was the catalog's largest frame, 0.5 s for 200 MB).
 * With room for 1 MiB, the chunks that arrive while one write is in flight go out as one writev.
 */
const WRITE_BUFFER_BYTES = 1024 * 1024;

export class FileTooLargeError extends Error {
  override readonly name = 'FileTooLargeError';
  constructor(readonly maxBytes: number) {
    super(`This file is too large. The limit is ${formatBytes(maxBytes)}.`);
  }
}

/** busboy's file stream (graphql-upload-minimal) sets `truncated` when it cut the file at its size limit. */
type UploadSource = Readable & { truncated?: boolean };

/**
 * On any failure the temp file is removed and the error rethrown. The source is never destroyed
 * here: it is only left paused, so an HTTP handler can still answer 413 on the same socket
 * (destroying a request destroys its socket). Destroying it is the caller's decision.
 *
 * The source is read through its async iterator, never piped: graphql-upload-minimal unpipes a file
 * stream that hits its size limit, which would leave a piped reader waiting forever.
 */
export async function stageUpload(
  source: UploadSource,
  options: { tempDir: string; maxBytes: number; writeOutEveryBytes?: number },
): Promise<StagedUpload> {
  const { tempDir, maxBytes, writeOutEveryBytes = WRITE_OUT_EVERY_BYTES } = options;
  const hash = createHash('sha256');
  let sizeBytes = 0;
  // Until the iterator below starts listening, an 'error' the source emits (client gone while the
  // temp file is being created) would be unhandled; the iterator still sees it, from the stream's state.
  const ignore = () => {};
  source.on('error', ignore);
  const chunks = source.iterator({ destroyOnReturn: false });

  let tempPath: string | undefined;
  try {
    await mkdir(tempDir, { recursive: true });
    // No extension on purpose: nothing downstream should infer a type from the name.
    tempPath = join(tempDir, `upload-${randomUUID()}`);
    const handle = await open(tempPath, 'wx', 0o600);
    // At most one early write-out at a time; its error fails the upload (a later fsync may not report it).
    let writingOut: Promise<void> | undefined;
    let writeOutError: unknown;
    let notWrittenOut = 0;
    await pipeline(
      async function* meter() {
        for await (const chunk of chunks) {
          const bytes: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
          sizeBytes += bytes.length;
          if (sizeBytes > maxBytes) throw new FileTooLargeError(maxBytes);
          hash.update(bytes);
          notWrittenOut += bytes.length;
          if (notWrittenOut >= writeOutEveryBytes && !writingOut) {
            notWrittenOut = 0;
            writingOut = handle
              .datasync()
              .catch((error: unknown) => {
                writeOutError ??= error;
              })
              .finally(() => {
                writingOut = undefined;
              });
          }
          yield bytes;
        }
        // A stream cut at its limit ends normally: only `truncated` tells it is not the whole file.
        if (source.truncated) throw new FileTooLargeError(maxBytes);
      },
      // flush: fsync before 'finish', because the file is about to become permanent content.
      handle.createWriteStream({ flush: true, highWaterMark: WRITE_BUFFER_BYTES }),
    );
    await writingOut;
    if (writeOutError) throw writeOutError;
    return { tempPath, sha256: hash.digest('hex'), sizeBytes };
  } catch (error) {
    source.pause();
    if (tempPath) await rm(tempPath, { force: true });
    throw error;
  } finally {
    source.off('error', ignore);
  }
}
