import { request as httpRequest } from 'node:http';
import type { RawResponse } from './http.js';

/** One part of a hand-built multipart body: a form field, or a file when `filename` is given. */
export interface Part {
  name?: string;
  /** Raw bytes are written as they are, so a name can hold invalid UTF-8. */
  filename?: string | Buffer;
  contentType?: string;
  body: string | Uint8Array;
}

export const BOUNDARY = 'hostile-boundary-7d1f0c';

/** An upload document that both the gateway and the catalog itself can validate (no users fields). */
export const UPLOAD_TO_ANY_HOP = /* GraphQL */ `
  mutation ($file: Upload!, $metadata: SongMetadataInput) { uploadSong(file: $file, metadata: $metadata) { id title } }
`;

/** A multipart/form-data body exactly as given, malformed parts included; `close: false` leaves it unfinished. */
export function multipartBody(parts: Part[], { boundary = BOUNDARY, close = true } = {}): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = [
      'Content-Disposition: form-data',
      part.name === undefined ? '' : `; name="${part.name}"`,
      part.filename === undefined ? '' : '; filename="',
    ].join('');
    chunks.push(Buffer.from(`--${boundary}\r\n${disposition}`));
    if (part.filename !== undefined) chunks.push(Buffer.from(part.filename), Buffer.from('"'));
    chunks.push(Buffer.from(`\r\n${part.contentType ? `Content-Type: ${part.contentType}\r\n` : ''}\r\n`));
    chunks.push(Buffer.from(part.body));
    chunks.push(Buffer.from('\r\n'));
  }
  if (close) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

/** The parts of a valid single-file upload request, for tests to break one piece at a time. */
export function uploadParts(query: string, file: Uint8Array, filename = 'song.mp3'): Part[] {
  return [
    { name: 'operations', body: JSON.stringify({ query, variables: { file: null } }) },
    { name: 'map', body: JSON.stringify({ 0: ['variables.file'] }) },
    { name: '0', filename, contentType: 'audio/mpeg', body: file },
  ];
}

/** POSTs a raw body with exactly these headers (node:http, so nothing is fixed up on the way). */
export function postRaw(url: string, body: Buffer, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers: { ...headers, 'content-length': body.length } });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: RawResponse['json'];
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          if (typeof value === 'string') responseHeaders.set(name, value);
        }
        resolve({ status: response.statusCode ?? 0, headers: responseHeaders, text, json });
      });
    });
    // The server may answer and close before reading a body it refuses; the answer is what counts.
    request.on('error', reject);
    request.end(body);
  });
}
