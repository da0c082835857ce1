import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';

export interface MultipartFile {
  path: string;
  /** The name sent in the part's Content-Disposition (the catalog's title of last resort). */
  filename: string;
  sizeBytes: number;
}

export interface MultipartBody {
  contentType: string;
  contentLength: number;
  /** The body, the file read from disk chunk by chunk as the request sends it. */
  stream: Readable;
}

/** A quoted form-data parameter as browsers write it (WHATWG): `"`, CR and LF percent-encoded, UTF-8 as is. */
const quoted = (value: string) => `"${value.replaceAll('"', '%22').replaceAll('\r', '%0D').replaceAll('\n', '%0A')}"`;

/**
 * A GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec) with one
 * file mapped to `variables.file`. Its length is known up front, so the request carries a
 * Content-Length; `onFileBytes` is told of each chunk of the file as it is read for sending.
 */
export function multipartUpload(
  operations: { query: string; variables: Record<string, unknown> },
  file: MultipartFile,
  onFileBytes: (bytes: number) => void,
): MultipartBody {
  const boundary = `sp0t1fy-import-${randomBytes(12).toString('hex')}`;
  const head = Buffer.from(
    [
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\nContent-Type: application/json\r\n\r\n`,
      `${JSON.stringify(operations)}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\nContent-Type: application/json\r\n\r\n`,
      `${JSON.stringify({ 0: ['variables.file'] })}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename=${quoted(file.filename)}\r\n`,
      'Content-Type: application/octet-stream\r\n\r\n',
    ].join(''),
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  async function* parts() {
    yield head;
    for await (const chunk of createReadStream(file.path, { highWaterMark: 256 * 1024 })) {
      onFileBytes((chunk as Buffer).length);
      yield chunk as Buffer;
    }
    yield tail;
  }
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    contentLength: head.length + file.sizeBytes + tail.length,
    stream: Readable.from(parts(), { objectMode: false }),
  };
}
