import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { audioFixture } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUFFERED_BODY_MAX_BYTES,
  IMMUTABLE_CACHE_CONTROL,
  type ServeBlobOptions,
  serveBlob,
} from '../src/http/serve-blob.js';
import { BlobNotFoundError, type BlobStore } from '../src/providers/storage/blob-store.js';
import { LocalBlobStore } from '../src/providers/storage/local-blob-store.js';
import { type RawResponse, send, startServer, type TestServer } from './http-server.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const LAST_MODIFIED = new Date('2024-05-01T12:00:00.000Z');

let dir: string;
let server: TestServer;
let store: LocalBlobStore;
// Read at import time: the case table below is built while tests are collected, before beforeAll.
const audio = readFileSync(audioFixture('tone-vbr-mono.mp3')); // 13,340 bytes
const big = readFileSync(audioFixture('speech-cbr128.mp3')); // 163,383 bytes: several read-stream chunks
const N = audio.length;
const large = Buffer.concat([big, Buffer.alloc(BUFFERED_BODY_MAX_BYTES, 0x5a), big]);
const targets = new Map<string, ServeBlobOptions>();
const outcomes: Promise<unknown>[] = [];

async function putFixture(bytes: Buffer): Promise<string> {
  const key = sha256(bytes);
  const temp = join(dir, `temp-${key}`);
  await writeFile(temp, bytes);
  await store.putFile(key, temp, 'audio/mpeg');
  return key;
}

function target(key: string, size: number, extra: Partial<ServeBlobOptions> = {}): ServeBlobOptions {
  return { blobStore: store, key, sizeBytes: size, contentType: 'audio/mpeg', etag: `"${key}"`, ...extra };
}

function handler(req: IncomingMessage, res: ServerResponse) {
  const options = targets.get(new URL(req.url!, 'http://x').pathname);
  if (!options) return void res.writeHead(404).end();
  const outcome = serveBlob(req, res, options).catch((error: unknown) => {
    if (res.headersSent) res.destroy();
    else res.writeHead(error instanceof BlobNotFoundError ? 404 : 500, { 'Content-Length': 0 }).end();
    throw error;
  });
  outcomes.push(outcome.catch(() => undefined));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'serve-range-'));
  store = new LocalBlobStore(join(dir, 'blobs'));
  const audioKey = await putFixture(audio);
  const bigKey = await putFixture(big);
  const emptyKey = await putFixture(Buffer.alloc(0));
  targets.set('/audio', target(audioKey, N));
  targets.set('/big', target(bigKey, big.length));
  targets.set('/empty', target(emptyKey, 0, { contentType: 'application/octet-stream' }));
  targets.set('/dated', target(audioKey, N, { lastModified: LAST_MODIFIED }));
  // Larger than a buffered body, so it goes through LocalBlobStore.read's stream.
  targets.set('/large', target(await putFixture(large), large.length));
  // The row says more bytes than the stored file holds.
  targets.set('/short', target(audioKey, N + 10));
  targets.set('/missing', target('0'.repeat(64), 10));
  targets.set('/weak-etag', target(audioKey, N, { etag: `W/"${audioKey}"` }));
  server = await startServer(handler);
});

afterAll(async () => {
  await server?.close();
  await Promise.all(outcomes);
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  send(server.url(path), { method, headers });

function expectCommonHeaders(res: RawResponse) {
  expect(res.headers['accept-ranges']).toBe('bytes');
  expect(res.headers.etag).toBe(`"${sha256(audio)}"`);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['cache-control']).toBe(IMMUTABLE_CACHE_CONTROL);
}

function expectWhole(res: RawResponse) {
  expect(res.status).toBe(200);
  expectCommonHeaders(res);
  expect(res.headers['content-type']).toBe('audio/mpeg');
  expect(res.headers['content-length']).toBe(String(N));
  expect(res.headers['content-range']).toBeUndefined();
  expect(res.body.equals(audio)).toBe(true);
}

function expectPartial(res: RawResponse, start: number, end: number) {
  expect(res.status).toBe(206);
  expectCommonHeaders(res);
  expect(res.headers['content-type']).toBe('audio/mpeg');
  expect(res.headers['content-range']).toBe(`bytes ${start}-${end}/${N}`);
  expect(res.headers['content-length']).toBe(String(end - start + 1));
  expect(res.body.equals(audio.subarray(start, end + 1))).toBe(true);
}

function expectUnsatisfiable(res: RawResponse) {
  expect(res.status).toBe(416);
  expectCommonHeaders(res);
  expect(res.headers['content-range']).toBe(`bytes */${N}`);
  expect(res.body.length).toBe(0);
}

type Expect = 'whole' | 'unsatisfiable' | [start: number, end: number];

/**
 * Modelled on Go's net/http ServeFileRangeTests (fs_test.go) and nginx's range.t, with the file
 * length substituted. Where they differ from this server the case says so: several ranges get the
 * whole body here (Go and nginx send multipart/byteranges), and malformed headers are ignored here
 * (nginx answers 416).
 */
const RANGE_CASES: [range: string, expected: Expect][] = [
  // Go
  ['bytes=0-4', [0, 4]],
  ['bytes=2-', [2, N - 1]],
  ['bytes=-5', [N - 5, N - 1]],
  ['bytes=3-7', [3, 7]],
  ['bytes=0-0,-2', 'whole'],
  ['bytes=0-1,5-8', 'whole'],
  ['bytes=0-1,5-', 'whole'],
  ['bytes=5-1000', [5, 1000]],
  ['bytes=0-,1-,2-,3-,4-', 'whole'],
  [`bytes=0-${N - 2}`, [0, N - 2]],
  [`bytes=0-${N - 1}`, [0, N - 1]],
  [`bytes=0-${N}`, [0, N - 1]],
  [`bytes=${N - 1}-${N}`, [N - 1, N - 1]],
  [`bytes=${N - 1}-`, [N - 1, N - 1]],
  [`bytes=${N}-`, 'unsatisfiable'],
  [`bytes=${N}-${N + 1}`, 'unsatisfiable'],
  [`bytes=${N + 1}-${N + 1}`, 'unsatisfiable'],
  [`bytes=${N}-${N + 100}`, 'unsatisfiable'],
  [`bytes=${N + 1}-${N + 100}`, 'unsatisfiable'],
  [`bytes=${N + 100}-`, 'unsatisfiable'],
  [`bytes=${N + 100}-${N + 1000}`, 'unsatisfiable'],
  // nginx
  ['bytes=0-8', [0, 8]],
  ['bytes=-10', [N - 10, N - 1]],
  [`bytes=${N - 10}-`, [N - 10, N - 1]],
  [`bytes=${N - 10}-${N + 990}`, [N - 10, N - 1]],
  ['bytes=0-9, -10, 10-19', 'whole'],
  ['bytes=0-9, -10, 100000-, 10-19', 'whole'],
  ['bytes=100000-', 'unsatisfiable'],
  ['bytes=alpha', 'whole'],
  ['bytes=10-alpha', 'whole'],
  ['bytes=10', 'whole'],
  ['bytes=10-11 12-', 'whole'],
  ['bytes=0-10001', [0, 10001]],
  ['bytes=0-10001, 0-0', 'whole'],
  // RFC 9110 details
  ['bytes=0-0', [0, 0]],
  ['bytes=0-1', [0, 1]],
  ['bytes=-0', 'unsatisfiable'],
  ['bytes=-0,-0', 'unsatisfiable'],
  [`bytes=-${N}`, [0, N - 1]],
  [`bytes=-${N * 10}`, [0, N - 1]],
  ['bytes=0-0, 100000-', [0, 0]], // unsatisfiable members of a set are dropped
  ['bytes=100000-, -0, 0-0', [0, 0]],
  ['Bytes=0-4', [0, 4]], // range units are case-insensitive
  ['bytes=0-4,', [0, 4]], // empty list elements are allowed
  ['bytes=,0-4', [0, 4]],
  ['bytes= 0-4 ', [0, 4]],
  ['bytes=0-99999999999999999999999', [0, N - 1]],
  ['bytes=99999999999999999999999-', 'unsatisfiable'],
  ['bytes=5-3', 'whole'], // last < first makes the header invalid
  ['bytes=', 'whole'],
  ['bytes=,', 'whole'],
  ['bytes=--5', 'whole'],
  ['bytes=5--', 'whole'],
  ['bytes=+5-10', 'whole'],
  ['bytes=0x10-20', 'whole'],
  ['bytes=1.5-3', 'whole'],
  ['bytes=-5-', 'whole'],
  ['bytes 0-4', 'whole'],
  ['items=0-4', 'whole'], // unknown unit: MUST be ignored
  ['0-4', 'whole'],
  [`bytes=${'0-0,'.repeat(400)}0-0`, 'whole'], // absurdly long: ignored
];

describe('serveBlob: Range', () => {
  it('sends the whole file without a Range, byte for byte', async () => {
    expectWhole(await get('/audio'));
    const res = await get('/big');
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String(big.length));
    expect(sha256(res.body)).toBe('5d8b81c9498340f209c2fc263e7e632f2d46c486401320a07e948bdd52add349');
  });

  it.each(RANGE_CASES)('Range: %s', async (range, expected) => {
    const res = await get('/audio', { Range: range });
    if (expected === 'whole') expectWhole(res);
    else if (expected === 'unsatisfiable') expectUnsatisfiable(res);
    else expectPartial(res, ...expected);
  });

  it('serves a range spanning several read chunks of a larger file', async () => {
    const res = await get('/big', { Range: 'bytes=1000-150000' });
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes 1000-150000/${big.length}`);
    expect(res.body.equals(big.subarray(1000, 150001))).toBe(true);
  });

  it('reassembles the file from consecutive ranges, as a seeking player would', async () => {
    const parts: Buffer[] = [];
    for (let start = 0; start < N; start += 4096) {
      const res = await get('/audio', { Range: `bytes=${start}-${start + 4095}` });
      expect(res.status).toBe(206);
      parts.push(res.body);
    }
    expect(Buffer.concat(parts).equals(audio)).toBe(true);
  });
});

describe('serveBlob: HEAD', () => {
  it('sends the same headers as GET and no body', async () => {
    const [head, getRes] = await Promise.all([get('/audio', {}, 'HEAD'), get('/audio')]);
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const { date: _d1, ...headHeaders } = head.headers;
    const { date: _d2, ...getHeaders } = getRes.headers;
    expect(headHeaders).toStrictEqual(getHeaders);
  });

  it('answers a ranged HEAD with 206 and the range headers', async () => {
    const res = await get('/audio', { Range: 'bytes=10-19' }, 'HEAD');
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes 10-19/${N}`);
    expect(res.headers['content-length']).toBe('10');
    expect(res.body.length).toBe(0);
  });

  it('answers an unsatisfiable ranged HEAD with 416', async () => {
    const res = await get('/audio', { Range: `bytes=${N}-` }, 'HEAD');
    expect(res.status).toBe(416);
    expect(res.headers['content-range']).toBe(`bytes */${N}`);
  });
});

describe('serveBlob: conditional requests', () => {
  const etag = () => `"${sha256(audio)}"`;

  it.each([
    ['the ETag', () => etag()],
    ['the weak form of the ETag (If-None-Match uses weak comparison)', () => `W/${etag()}`],
    ['*', () => '*'],
    ['a list containing the ETag', () => `"other", ${etag()}`],
    ['a list with a comma inside a quoted tag', () => `"a,b", ${etag()}`],
    ['a list without spaces', () => `"x",W/"y",${etag()}`],
  ])('If-None-Match with %s → 304', async (_name, value) => {
    const res = await get('/audio', { 'If-None-Match': value() });
    expect(res.status).toBe(304);
    expect(res.headers.etag).toBe(etag());
    expect(res.headers['cache-control']).toBe(IMMUTABLE_CACHE_CONTROL);
    expect(res.body.length).toBe(0);
  });

  it.each([
    ['another tag', '"other"'],
    ['an unquoted tag (malformed, ignored)', 'abc'],
    ['the key without quotes', () => sha256(audio)],
    ['an empty value', ''],
  ])('If-None-Match with %s → 200', async (_name, value) => {
    const res = await get('/audio', { 'If-None-Match': typeof value === 'function' ? value() : value });
    expectWhole(res);
  });

  it('If-None-Match with Cache-Control: no-cache (a reload revalidating) → 304: the blob cannot have changed', async () => {
    expect((await get('/audio', { 'If-None-Match': etag(), 'Cache-Control': 'no-cache' })).status).toBe(304);
  });

  it('If-None-Match wins over Range', async () => {
    const res = await get('/audio', { 'If-None-Match': etag(), Range: 'bytes=0-9' });
    expect(res.status).toBe(304);
  });

  it('304 for HEAD too', async () => {
    expect((await get('/audio', { 'If-None-Match': etag() }, 'HEAD')).status).toBe(304);
  });

  it('If-Range with the strong ETag honours the Range', async () => {
    expectPartial(await get('/audio', { Range: 'bytes=0-9', 'If-Range': etag() }), 0, 9);
  });

  it.each([
    ['a weak ETag', () => `W/${etag()}`],
    ['another ETag', () => '"other"'],
    ['an HTTP-date, even the exact Last-Modified', () => LAST_MODIFIED.toUTCString()],
    ['a list (not allowed in If-Range)', () => `${etag()}, "other"`],
    ['garbage', () => 'yesterday'],
  ])('If-Range with %s sends the whole body', async (_name, value) => {
    const res = await get('/dated', { Range: 'bytes=0-9', 'If-Range': value() });
    expect(res.status).toBe(200);
    expect(res.body.equals(audio)).toBe(true);
  });

  it('If-Range with a non-matching tag also turns a would-be 416 into the whole body', async () => {
    expectWhole(await get('/audio', { Range: `bytes=${N}-`, 'If-Range': '"other"' }));
  });

  it('If-Range without Range is ignored', async () => {
    expectWhole(await get('/audio', { 'If-Range': '"other"' }));
  });

  it('sends Last-Modified when known, and If-Modified-Since then gives 304', async () => {
    const whole = await get('/dated');
    expect(whole.headers['last-modified']).toBe('Wed, 01 May 2024 12:00:00 GMT');
    expect((await get('/dated', { 'If-Modified-Since': 'Wed, 01 May 2024 12:00:00 GMT' })).status).toBe(304);
    expect((await get('/dated', { 'If-Modified-Since': 'Thu, 02 May 2024 00:00:00 GMT' })).status).toBe(304);
    expect((await get('/dated', { 'If-Modified-Since': 'Tue, 30 Apr 2024 00:00:00 GMT' })).status).toBe(200);
    expect((await get('/dated', { 'If-Modified-Since': 'not a date' })).status).toBe(200);
    expect((await get('/audio', { 'If-Modified-Since': 'Wed, 01 May 2024 12:00:00 GMT' })).status).toBe(200);
  });

  it('If-None-Match takes precedence over If-Modified-Since', async () => {
    const res = await get('/dated', {
      'If-None-Match': '"other"',
      'If-Modified-Since': 'Thu, 02 May 2024 00:00:00 GMT',
    });
    expect(res.status).toBe(200);
  });

  it.each([
    ['the ETag', () => etag(), 200],
    ['*', () => '*', 200],
    ['a list containing the ETag', () => `"x", ${etag()}`, 200],
    ['another ETag', () => '"other"', 412],
    ['the weak form (If-Match uses strong comparison)', () => `W/${etag()}`, 412],
    ['garbage', () => 'nope', 412],
  ])('If-Match with %s → %i', async (_name, value, status) => {
    expect((await get('/audio', { 'If-Match': value() })).status).toBe(status);
  });

  it('If-Unmodified-Since', async () => {
    expect((await get('/dated', { 'If-Unmodified-Since': 'Tue, 30 Apr 2024 00:00:00 GMT' })).status).toBe(412);
    expect((await get('/dated', { 'If-Unmodified-Since': 'Wed, 01 May 2024 12:00:00 GMT' })).status).toBe(200);
    // Ignored when If-Match is present.
    expect(
      (await get('/dated', { 'If-Match': etag(), 'If-Unmodified-Since': 'Tue, 30 Apr 2024 00:00:00 GMT' })).status,
    ).toBe(200);
  });
});

describe('serveBlob: other behaviour', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('%s → 405 with Allow', async (method) => {
    const res = await get('/audio', {}, method);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(res.headers.etag).toBeUndefined();
  });

  it('streams a body larger than it buffers, byte for byte, whole and ranged', async () => {
    const whole = await get('/large');
    expect(whole.status).toBe(200);
    expect(sha256(whole.body)).toBe(sha256(large));
    const end = large.length - 1000;
    const part = await get('/large', { Range: `bytes=100-${end}` });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 100-${end}/${large.length}`);
    expect(sha256(part.body)).toBe(sha256(large.subarray(100, end + 1)));
  });

  it('refuses, before writing anything, a stored file shorter than its recorded size', async () => {
    const res = await get('/short', { Range: `bytes=0-${N + 5}` });
    expect(res.status).toBe(500);
    expect(res.headers['content-range']).toBeUndefined();
  });

  it.each([
    ['no Range', {}],
    ['bytes=0-0', { Range: 'bytes=0-0' }],
    ['bytes=-5', { Range: 'bytes=-5' }],
    ['bytes=0-', { Range: 'bytes=0-' }],
  ])('serves a zero-length blob as an empty 200 with %s', async (_name, headers) => {
    const res = await get('/empty', headers);
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe('0');
    expect(res.headers['content-range']).toBeUndefined();
    expect(res.body.length).toBe(0);
  });

  it('leaves the response untouched when the blob is missing, so the caller can send 404', async () => {
    const res = await get('/missing');
    expect(res.status).toBe(404);
    expect(res.headers.etag).toBeUndefined();
    expect(res.headers['cache-control']).toBeUndefined();
  });

  it('refuses a weak ETag option before writing anything', async () => {
    expect((await get('/weak-etag')).status).toBe(500);
  });
});

describe('serveBlob: streaming', () => {
  /** A blob store whose blob is an endless slow stream, to see what happens when the client leaves. */
  function endlessStore() {
    const streams: Readable[] = [];
    const blobStore: BlobStore = {
      putFile: async () => {},
      stat: async () => ({ sizeBytes: 1e9 }),
      delete: async () => {},
      read: async () => {
        const stream = new Readable({
          read() {
            setTimeout(() => this.push(Buffer.alloc(16 * 1024, 0x61)), 1);
          },
        });
        streams.push(stream);
        return stream;
      },
    };
    return { blobStore, streams };
  }

  it('destroys the blob stream when the client disconnects midway', async () => {
    const { blobStore, streams } = endlessStore();
    let served: Promise<void> | undefined;
    const local = await startServer((req, res) => {
      served = serveBlob(req, res, { ...target('a'.repeat(64), 1e9), blobStore });
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const req = request(local.url('/'), { agent: false }, (res) => {
          res.once('data', () => {
            req.destroy();
            resolve();
          });
        });
        req.on('error', () => {});
        req.on('close', resolve);
        req.end();
        setTimeout(() => reject(new Error('no data')), 5000);
      });
      await waitFor(() => streams[0]?.destroyed === true);
      await expect(served).resolves.toBeUndefined(); // a client leaving is not an error
    } finally {
      await local.close();
    }
  });

  it('cuts the connection and rejects when the blob fails midway, so the client sees no complete body', async () => {
    const blobStore: BlobStore = {
      ...endlessStore().blobStore,
      read: async () =>
        // One chunk, then a failure: a stream that kept pushing could finish the body before failing.
        Readable.from(
          (async function* () {
            yield Buffer.alloc(1000);
            await sleep(20);
            throw new Error('disk read failed');
          })(),
        ),
    };
    let served: Promise<void> | undefined;
    const local = await startServer((req, res) => {
      served = serveBlob(req, res, { ...target('b'.repeat(64), 100_000), blobStore });
      served.catch(() => {});
    });
    try {
      const outcome = await send(local.url('/')).then(
        (res) => `complete ${res.body.length}`,
        (error: Error) => `failed: ${error.message}`,
      );
      expect(outcome).toMatch(/^failed/);
      await expect(served).rejects.toThrow('disk read failed');
    } finally {
      await local.close();
    }
  });

  it('keeps memory flat: reads through blobStore.read with the exact range', async () => {
    const calls: unknown[] = [];
    const spyStore: BlobStore = {
      ...store,
      putFile: store.putFile.bind(store),
      stat: store.stat.bind(store),
      delete: store.delete.bind(store),
      read: (key, range) => {
        calls.push(range);
        return store.read(key, range);
      },
    };
    const local = await startServer(
      (req, res) => void serveBlob(req, res, { ...targets.get('/audio')!, blobStore: spyStore }),
    );
    try {
      await send(local.url('/'), { headers: { Range: 'bytes=100-199' } });
      await send(local.url('/'));
      await send(local.url('/'), { method: 'HEAD' });
      expect(calls).toStrictEqual([
        { start: 100, end: 199 },
        { start: 0, end: N - 1 },
      ]); // HEAD reads nothing
    } finally {
      await local.close();
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(10);
  }
}
