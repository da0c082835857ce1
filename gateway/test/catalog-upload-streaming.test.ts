import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig, type RunningGateway, startGateway } from '../src/index.js';
import { createClient } from './support/client.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import { catalogStorage, listFiles, readFixture, uploadFile } from './support/uploads.js';

const UPLOAD = 'mutation ($file: Upload!) { uploadSong(file: $file) { id sha256 sizeBytes } }';

/** A hand-built multipart upload: its head (operations, map, the file part's headers) and its tail. */
function multipartParts(boundary = 'streaming-test-boundary') {
  const operations = JSON.stringify({ query: UPLOAD, variables: { file: null } });
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    head:
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.file"]}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="big.mp3"\r\nContent-Type: audio/mpeg\r\n\r\n`,
    tail: `\r\n--${boundary}--\r\n`,
  };
}

/**
 * POSTs with node:http and resolves only once the whole body was written *and* the answer read: a
 * server that stops reading a body it does not want would leave this waiting.
 */
function postFully(url: string, file: Buffer, headers: Record<string, string>) {
  const { contentType, head, tail } = multipartParts();
  return new Promise<{ status: number; body: { errors?: Array<{ message: string; extensions?: { code?: string } }> } }>(
    (resolve, reject) => {
      let sent = false;
      let answer: { status: number; body: never } | undefined;
      const done = () => sent && answer && resolve(answer);
      const req = request(url, { method: 'POST', headers: { 'content-type': contentType, ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          answer = { status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString()) as never };
          done();
        });
      });
      req.on('error', reject);
      req.on('finish', () => {
        sent = true;
        done();
      });
      req.end(Buffer.concat([Buffer.from(head), file, Buffer.from(tail)]));
    },
  );
}

/** A pass-through proxy in front of the catalog that remembers the headers of each /graphql request. */
async function recordingProxy(target: string) {
  const seen: IncomingHttpHeaders[] = [];
  const upstream = new URL(target);
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/graphql')) seen.push(req.headers);
    const forwarded = request(
      { hostname: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (response) => {
        res.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(res);
      },
    );
    forwarded.on('error', () => res.destroy());
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe.each(await testBackends())('uploads streamed from the gateway to the catalog ($name)', (backend) => {
  let stack: TestStack;
  let user: SeededUser;
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;
  /** A second gateway, reaching the catalog through the recording proxy. */
  let watched: RunningGateway;

  beforeAll(async () => {
    stack = await startStack(backend);
    user = await seed(stack.client).user();
    proxy = await recordingProxy(stack.services.catalog!.url);
    watched = await startGateway(
      loadGatewayConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        PORT: '0',
        USERS_URL: stack.services.users!.url,
        CATALOG_URL: proxy.url,
        PLAYBACK_URL: stack.services.playback!.url,
        LIBRARY_URL: stack.services.library!.url,
      }),
    );
  });
  afterAll(async () => {
    await watched?.close();
    await proxy?.close();
    await stack?.close();
  });

  const staged = () => listFiles(catalogStorage(stack.dataDir).tmp);

  it("forwards an upload as multipart, with the CSRF preflight header, the caller's token and request id", async () => {
    proxy.seen.length = 0;
    const bytes = await readFixture('tone-vbr-mono.mp3');
    const response = await uploadFile(watched.url, {
      token: user.token,
      bytes,
      filename: 'tone.mp3',
      query: UPLOAD,
      headers: { 'x-request-id': 'upload-42' },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.uploadSong).toMatchObject({ sizeBytes: bytes.length });
    expect(proxy.seen).toHaveLength(1);
    expect(proxy.seen[0]).toMatchObject({
      'content-type': expect.stringMatching(/^multipart\/form-data; boundary=/),
      'apollo-require-preflight': 'true',
      authorization: `Bearer ${user.token}`,
      'x-request-id': 'upload-42',
    });
    // Streamed, not buffered: no length is known when the gateway starts sending.
    expect(proxy.seen[0]?.['transfer-encoding']).toBe('chunked');
  });

  it('sends requests without files to the catalog as JSON, as before', async () => {
    proxy.seen.length = 0;
    const response = await createClient(watched.url, user.token).request('{ songs { totalCount } }');
    expect(response.errors).toBeUndefined();
    expect(proxy.seen[0]).toMatchObject({ 'content-type': 'application/json', authorization: `Bearer ${user.token}` });
  });

  it('leaves no staged file when the client goes away halfway through an upload', async () => {
    const { contentType, head } = multipartParts();
    const req = request(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'apollo-require-preflight': 'true',
        authorization: `Bearer ${user.token}`,
      },
    });
    req.on('error', () => {}); // we are the ones cutting it
    req.write(head);
    req.write(Buffer.alloc(1024 * 1024, 0x55));
    // The catalog is already writing the file while the client is still sending.
    await expect.poll(staged, { timeout: 15_000 }).toHaveLength(1);
    req.destroy();
    await expect.poll(staged, { timeout: 15_000 }).toEqual([]);

    const after = await uploadFile(stack.gatewayUrl, {
      token: user.token,
      bytes: await readFixture('speech-cbr128.mp3'),
      filename: 'after.mp3',
      query: UPLOAD,
    });
    expect(after.errors).toBeUndefined();
  });

  it('lets the client finish sending when the catalog answers before reading the file', async () => {
    // Signed out: the catalog refuses at once; the gateway stops forwarding and drops the rest.
    const answer = await postFully(`${stack.gatewayUrl}/graphql`, Buffer.alloc(16 * 1024 * 1024, 0x55), {
      'apollo-require-preflight': 'true',
    });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await staged()).toEqual([]);
  });

  it('lets the client finish sending a big upload refused for lack of the preflight header', async () => {
    const answer = await postFully(`${stack.gatewayUrl}/graphql`, Buffer.alloc(16 * 1024 * 1024, 0x55), {
      authorization: `Bearer ${user.token}`,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toMatch(/apollo-require-preflight/);
  });
});
