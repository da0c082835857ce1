import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface Session {
  email: string;
  password: string;
  token: string;
}

/** One GraphQL request; throws on any error so a broken harness fails loudly. */
export async function graphql<T>(url: string, query: string, variables: object = {}, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`GraphQL failed (${response.status}): ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function register(gatewayUrl: string): Promise<Session> {
  const email = `bench-${randomBytes(6).toString('hex')}@example.com`;
  const password = `bench password ${randomBytes(6).toString('hex')}`;
  const data = await graphql<{ register: { token: string } }>(
    gatewayUrl,
    'mutation ($email: String!, $password: String!) { register(email: $email, password: $password) { token } }',
    { email, password },
  );
  return { email, password, token: data.register.token };
}

export interface UploadedSong {
  id: string;
  sha256: string;
  sizeBytes: number;
  streamUrl: string;
}

const UPLOAD = `mutation ($file: Upload!, $metadata: SongMetadataInput) {
  uploadSong(file: $file, metadata: $metadata) { id sha256 sizeBytes streamUrl }
}`;

/**
 * Streams a file from disk as a GraphQL multipart request (as a browser sends it) to `url`; the same
 * bytes go to the plain upload baseline, which writes the whole body to disk.
 */
export async function postMultipart(url: string, path: string, token?: string, title = 'bench'): Promise<string> {
  const boundary = `bench-${randomBytes(8).toString('hex')}`;
  const operations = JSON.stringify({ query: UPLOAD, variables: { file: null, metadata: { title } } });
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.file"]}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="bench.mp3"\r\nContent-Type: audio/mpeg\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const size = (await stat(path)).size;
  async function* body() {
    yield head;
    yield* createReadStream(path, { highWaterMark: 256 * 1024 });
    yield tail;
  }
  const request = http.request(url, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': head.length + size + tail.length,
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
  const response = new Promise<string>((resolve, reject) => {
    request.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => (res.statusCode === 200 ? resolve(text) : reject(new Error(`${res.statusCode}: ${text}`))));
      res.on('error', reject);
    });
    request.on('error', reject);
  });
  await pipeline(Readable.from(body()), request);
  return response;
}

export async function uploadSong(gatewayUrl: string, token: string, path: string, title?: string) {
  const text = await postMultipart(`${gatewayUrl}/graphql`, path, token, title);
  const body = JSON.parse(text) as { data?: { uploadSong: UploadedSong }; errors?: unknown[] };
  if (!body.data?.uploadSong) throw new Error(`upload failed: ${JSON.stringify(body.errors)}`);
  return body.data.uploadSong;
}
