/**
 * Content-addressed storage for uploaded audio. Keys are the SHA-256 of the content, so a blob never
 * changes once written: that is what lets readers cache it forever and lets putFile be idempotent.
 */

export interface BlobStore {
  /**
   * Stores a complete, validated temp file under key (idempotent: an existing key is kept). The temp
   * file stays where it is and is the caller's to remove: an upload keeps it until its row is
   * committed, so it can store the bytes again if a concurrent deletion removed them meanwhile.
   */
  putFile(key: string, tempFilePath: string, contentType: string): Promise<void>;
  stat(key: string): Promise<{ sizeBytes: number } | null>;
  /**
   * Ranged read; range end inclusive. Rejects with BlobNotFoundError before returning a stream when
   * the key is absent, so callers can still answer 404. A range past the end yields fewer bytes.
   */
  read(key: string, range?: { start: number; end: number }): Promise<NodeJS.ReadableStream>;
  /**
   * The same bytes as read(key, range), in one buffer, for ranges small enough to hold in memory;
   * stores that can do it cheaper than a stream implement it. BlobNotFoundError when absent.
   */
  readBytes?(key: string, range: { start: number; end: number }): Promise<Buffer>;
  /** Idempotent: deleting an absent key succeeds. */
  delete(key: string): Promise<void>;
  /** Releases what the store keeps open between requests (file handles); called at shutdown. */
  close?(): Promise<void>;
}

const BLOB_KEY = /^[0-9a-f]{64}$/;

export class InvalidBlobKeyError extends Error {
  override readonly name = 'InvalidBlobKeyError';
  constructor(key: string) {
    // Truncated and JSON-quoted: the key may be hostile input and ends up in logs.
    super(`Invalid blob key ${JSON.stringify(key.slice(0, 80))}: expected 64 lowercase hex digits`);
  }
}

export class BlobNotFoundError extends Error {
  override readonly name = 'BlobNotFoundError';
  constructor(readonly key: string) {
    super(`Blob ${key} not found`);
  }
}

/** Keys become file paths and object names, so anything but a SHA-256 hex digest is refused. */
export function assertBlobKey(key: string): void {
  if (typeof key !== 'string' || !BLOB_KEY.test(key)) throw new InvalidBlobKeyError(String(key));
}

export function assertByteRange(range: { start: number; end: number }): void {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new RangeError(`Invalid byte range ${start}-${end}`);
  }
}
