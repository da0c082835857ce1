/**
 * Serves a stored blob over plain node:http with byte ranges and conditional requests, so audio
 * elements can seek and caches can revalidate. Blobs are content-addressed and never change, which
 * is why the defaults cache for a year and the ETag is strong.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { BlobStore } from '../providers/storage/blob-store.js';
import { evaluatePreconditions, ifRangeAllowsRange } from './http-conditional.js';
import { decideRange } from './http-range.js';

export interface ServeBlobOptions {
  blobStore: BlobStore;
  key: string;
  sizeBytes: number;
  contentType: string;
  /** Strong ETag including its quotes, e.g. `"<sha256>"`. */
  etag: string;
  lastModified?: Date;
}

/**
 * Bodies up to this size are read into one buffer and written with res.end, when the store can
 * (LocalBlobStore.readBytes): no stream, no pipeline, one read and one socket write. Audio elements ask
 * for 256 KiB ranges; larger bodies (whole files) stream so memory per response stays bounded.
 */
export const BUFFERED_BODY_MAX_BYTES = 1024 * 1024;

export const IMMUTABLE_CACHE_CONTROL = 'private, max-age=31536000, immutable';

/**
 * Writes the whole response. Resolves once it is sent or the client has gone away (the blob stream is
 * then destroyed). Rejects when the blob cannot be read: before any byte is written if opening
 * failed (res.headersSent is false, so the caller can still answer 404/500), or mid-body, in which
 * case the connection has already been cut so the client cannot mistake a short body for the file.
 */
export async function serveBlob(req: IncomingMessage, res: ServerResponse, options: ServeBlobOptions): Promise<void> {
  const { blobStore, key, sizeBytes: size, contentType, etag, lastModified } = options;

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0 }).end();
    return;
  }

  const validators: OutgoingHttpHeaders = {
    ETag: etag,
    'Cache-Control': IMMUTABLE_CACHE_CONTROL,
    ...(lastModified && { 'Last-Modified': lastModified.toUTCString() }),
  };

  const precondition = evaluatePreconditions(req.headers, { etag, lastModified });
  if (precondition === 'not-modified') {
    res.writeHead(304, validators).end();
    return;
  }
  if (precondition === 'precondition-failed') {
    res.writeHead(412, { 'Content-Length': 0 }).end();
    return;
  }

  const headers: OutgoingHttpHeaders = {
    ...validators,
    'Accept-Ranges': 'bytes',
    'X-Content-Type-Options': 'nosniff',
  };
  const range = ifRangeAllowsRange(req.headers, etag)
    ? decideRange(req.headers.range, size)
    : { kind: 'whole' as const };

  if (range.kind === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}`, 'Content-Length': 0 }).end();
    return;
  }

  const [status, start, end] = range.kind === 'partial' ? [206, range.start, range.end] : [200, 0, size - 1];
  headers['Content-Type'] = contentType;
  headers['Content-Length'] = end - start + 1;
  if (status === 206) headers['Content-Range'] = `bytes ${start}-${end}/${size}`;

  if (req.method === 'HEAD' || size === 0) {
    res.writeHead(status, headers).end();
    return;
  }

  const length = end - start + 1;
  if (blobStore.readBytes && length <= BUFFERED_BODY_MAX_BYTES) {
    // Read before writeHead, so a missing blob can still become a 404 rather than a broken 200.
    const bytes = await blobStore.readBytes(key, { start, end });
    // A stored file shorter than its row says would otherwise be sent as a short body under a
    // Content-Length that promises more.
    if (bytes.length !== length) throw new Error(`Blob ${key} holds fewer bytes than the ${size} recorded`);
    res.writeHead(status, headers).end(bytes);
    return;
  }

  // Opened before writeHead so a missing blob can still become a 404 rather than a broken 200.
  const body = await blobStore.read(key, { start, end });
  res.writeHead(status, headers);
  try {
    // pipeline destroys the blob stream when the client disconnects (res closes before finishing)
    // and destroys res when the blob stream fails, so neither a file handle nor a socket leaks.
    await pipeline(body, res);
  } catch (error) {
    if (isClientGone(error, res)) return;
    throw error;
  }
}

function isClientGone(error: unknown, res: ServerResponse): boolean {
  return (error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE' && !res.writableFinished;
}
