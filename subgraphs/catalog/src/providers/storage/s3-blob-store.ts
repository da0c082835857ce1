/**
 * BlobStore on an S3-compatible object store (AWS S3, MinIO, Cloudflare R2, Ceph, ...). Objects are
 * named by the SHA-256 of their content, so like files of the local store they never change: a put
 * of a key that exists is skipped, and any instance may read what another wrote.
 *
 * The catalog still serves the bytes (ranged GetObject behind /media), rather than redirecting to
 * presigned object-store URLs: the audio route keeps one origin, one signature scheme and one set of
 * Range/conditional semantics whatever the store, the bucket stays private, and a CDN can cache the
 * catalog's immutable responses as it would a bucket's.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { assertBlobKey, assertByteRange, BlobNotFoundError, type BlobStore } from './blob-store.js';

/** S3's smallest part; lib-storage holds queueSize parts of this size in memory per upload. */
const MIN_PART_BYTES = 5 * 1024 * 1024;

export interface S3BlobStoreOptions {
  client: S3Client;
  bucket: string;
  /** Multipart part size (5 MiB at least); files smaller than one part go up in a single PUT. */
  partSizeBytes?: number;
  /** Parts uploaded at once per file. */
  partConcurrency?: number;
}

export class S3BlobStore implements BlobStore {
  readonly bucket: string;
  private readonly client: S3Client;
  private readonly partSize: number;
  private readonly queueSize: number;

  constructor({ client, bucket, partSizeBytes = 8 * 1024 * 1024, partConcurrency = 2 }: S3BlobStoreOptions) {
    if (partSizeBytes < MIN_PART_BYTES) throw new RangeError(`S3 parts must be at least ${MIN_PART_BYTES} bytes`);
    this.client = client;
    this.bucket = bucket;
    this.partSize = partSizeBytes;
    this.queueSize = partConcurrency;
  }

  /** Fails with the store's own reason when the bucket is missing or the credentials cannot reach it. */
  async verifyBucket(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch (error) {
      throw new Error(`The S3 bucket "${this.bucket}" cannot be reached: ${describe(error)}`, { cause: error });
    }
  }

  /**
   * Streams the staged file up (multipart when larger than a part, so memory stays at
   * partSize × partConcurrency whatever the file's size). A failed upload is aborted, leaving no
   * parts behind. The temp file is the caller's, as on local disk.
   */
  async putFile(key: string, tempFilePath: string, contentType: string): Promise<void> {
    assertBlobKey(key);
    if (await this.stat(key)) return;
    const body = createReadStream(tempFilePath);
    try {
      await new Upload({
        client: this.client,
        params: {
          Bucket: this.bucket,
          Key: key,
          Body: body,
          ContentType: contentType,
        },
        partSize: this.partSize,
        queueSize: this.queueSize,
        leavePartsOnError: false,
      }).done();
    } finally {
      body.destroy();
    }
  }

  async stat(key: string): Promise<{ sizeBytes: number } | null> {
    assertBlobKey(key);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { sizeBytes: head.ContentLength ?? 0 };
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }

  /**
   * Resolves once the store has answered with the object's headers, so a missing key rejects with
   * BlobNotFoundError before a caller has sent anything. Destroying the stream (a listener who went
   * away) aborts the request to the store.
   */
  async read(key: string, range?: { start: number; end: number }): Promise<NodeJS.ReadableStream> {
    assertBlobKey(key);
    if (range) assertByteRange(range);
    try {
      const response = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: key,
          ...(range && { Range: `bytes=${range.start}-${range.end}` }),
        }),
      );
      const body = response.Body;
      if (!(body instanceof Readable)) throw new Error('The S3 client did not return a Node.js stream');
      if (!range) return body;
      const wanted = range.end - range.start + 1;
      if (rangeStart(response.ContentRange) !== range.start) {
        body.destroy();
        throw new Error(`The S3 server ignored the range ${range.start}-${range.end} of ${key}`);
      }
      // Some S3-compatible servers answer bytes=0-0 with more than one byte; the caller has promised
      // its client exactly the range's length, so never pass on more.
      return (response.ContentLength ?? 0) > wanted ? firstBytes(body, wanted) : body;
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) throw new BlobNotFoundError(key);
      // A range starting at or past the end: the local store yields no bytes, and so does this one.
      if (status === 416) return Readable.from([]);
      throw error;
    }
  }

  /** S3 deletes are idempotent: deleting an absent key succeeds. */
  async delete(key: string): Promise<void> {
    assertBlobKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}

function rangeStart(contentRange: string | undefined): number | undefined {
  const match = /^bytes (\d+)-/.exec(contentRange ?? '');
  return match ? Number(match[1]) : undefined;
}

function firstBytes(source: Readable, length: number): Readable {
  return Readable.from(
    (async function* () {
      let left = length;
      // Leaving the loop early (enough bytes, or the reader went away) destroys the source.
      for await (const chunk of source as AsyncIterable<Buffer>) {
        yield chunk.subarray(0, left);
        left -= Math.min(left, chunk.length);
        if (left === 0) return;
      }
    })(),
  );
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}

function describe(error: unknown): string {
  const status = statusOf(error);
  const name = (error as Error | null)?.name ?? 'Error';
  if (status === 404) return 'no such bucket';
  if (status === 403) return 'access denied (check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY)';
  return status ? `${name} (HTTP ${status})` : (error as Error | null)?.message || name;
}
