import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createXhrFetch } from './xhr-fetch';

// A real HTTP server, so the browser's XMLHttpRequest (jsdom's here) really sends the body.
let server: Server;
let url: string;
const received: Array<{ headers: Record<string, unknown>; bytes: number }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', 'apollo-require-preflight, authorization');
    if (req.method === 'OPTIONS') {
      res.end();
      return;
    }
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    req.on('end', () => {
      received.push({ headers: req.headers, bytes });
      res.setHeader('content-type', 'application/json');
      res.setHeader('x-request-id', 'abc');
      res.end(JSON.stringify({ data: { ok: true } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the XHR-based fetch for uploads', () => {
  it('sends the body with its headers, reports upload progress, and returns a Response', async () => {
    const progress: Array<[number, number]> = [];
    const fetchWithProgress = createXhrFetch((sent, total) => progress.push([sent, total]));
    // jsdom cannot serialize a FormData holding a file; a byte body exercises the same path.
    const body = new Uint8Array(512 * 1024);
    const response = await fetchWithProgress(url, {
      method: 'POST',
      headers: {
        'apollo-require-preflight': 'true',
        authorization: 'Bearer t',
        'content-type': 'application/octet-stream',
      },
      body,
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ data: { ok: true } });
    const request = received.at(-1)!;
    expect(request.headers).toMatchObject({ 'apollo-require-preflight': 'true', authorization: 'Bearer t' });
    expect(request.bytes).toBe(512 * 1024);
    expect(progress.length).toBeGreaterThan(0);
    const [lastSent, lastTotal] = progress.at(-1)!;
    expect(lastSent).toBe(lastTotal);
  });

  it('rejects with an AbortError when cancelled', async () => {
    const cancel = new AbortController();
    const pending = createXhrFetch(() => {}, cancel.signal)(url, { method: 'POST', body: 'x' });
    cancel.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
