/**
 * Streams an upload to a temp file while hashing and counting it, so the content key and size are
 * known without reading the file twice and without holding it in memory.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StagedUpload {
  tempPath: string;
  sha256: string;
  sizeBytes: number;
}

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
  options: { tempDir: string; maxBytes: number },
): Promise<StagedUpload> {
  const { tempDir, maxBytes } = options;
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
    await pipeline(
      async function* meter() {
        for await (const chunk of chunks) {
          const bytes: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
          sizeBytes += bytes.length;
          if (sizeBytes > maxBytes) throw new FileTooLargeError(maxBytes);
          hash.update(bytes);
          yield bytes;
        }
        // A stream cut at its limit ends normally: only `truncated` tells it is not the whole file.
        if (source.truncated) throw new FileTooLargeError(maxBytes);
      },
      // flush: fsync before 'finish', because the file is about to become permanent content.
      handle.createWriteStream({ flush: true }),
    );
    return { tempPath, sha256: hash.digest('hex'), sizeBytes };
  } catch (error) {
    source.pause();
    if (tempPath) await rm(tempPath, { force: true });
    throw error;
  } finally {
    source.off('error', ignore);
  }
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
