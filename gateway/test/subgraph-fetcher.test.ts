import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSubgraphFetcher, type SubgraphFetcher } from '../src/subgraph-fetcher.js';

const servers: Server[] = [];
const fetchers: SubgraphFetcher[] = [];

async function serve(handler: RequestListener): Promise<{ url: string; connections: () => number }> {
  let connections = 0;
  const server = createServer(handler);
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, connections: () => connections };
}

function fetcher(timeoutMs = 5_000): SubgraphFetcher {
  const created = createSubgraphFetcher({ timeoutMs });
  fetchers.push(created);
  return created;
}

const answerJson: RequestListener = (req, res) => {
  let body = '';
  req.on('data', (chunk) => {
    body += chunk;
  });
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'x-seen': req.headers.authorization ?? '' });
    res.end(JSON.stringify({ data: { echoed: JSON.parse(body) } }));
  });
};

afterEach(async () => {
  for (const created of fetchers.splice(0)) created.close();
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

describe('the gateway’s subgraph fetcher', () => {
  it('posts the body and headers, and answers status, headers and JSON', async () => {
    const { url } = await serve(answerJson);
    const response = await fetcher().fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer abc' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('x-seen')).toBe('Bearer abc');
    expect(await response.json()).toEqual({ data: { echoed: { query: '{ me { id } }' } } });
  });

  it('reuses kept-alive connections for requests one after another', async () => {
    const { url, connections } = await serve(answerJson);
    const client = fetcher();
    for (let index = 0; index < 5; index++) {
      const response = await client.fetch(url, { method: 'POST', body: JSON.stringify({ index }) });
      expect(await response.json()).toEqual({ data: { echoed: { index } } });
    }
    // undici may open a second connection while the first is being handed back; never one per request.
    expect(connections()).toBeLessThanOrEqual(2);
  });

  it('passes a subgraph’s error status on with its body', async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"errors":[{"message":"bad"}]}');
    });
    const response = await fetcher().fetch(url, { method: 'POST', body: '{}' });
    expect(response.ok).toBe(false);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('{"errors":[{"message":"bad"}]}');
  });

  it('gives up with a TimeoutError when the answer, or the rest of it, takes too long', async () => {
    const silent = await serve(() => {});
    await expect(fetcher(200).fetch(silent.url, { method: 'POST', body: '{}' })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    const stalled = await serve((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' }).write('{"data":');
    });
    await expect(fetcher(200).fetch(stalled.url, { method: 'POST', body: '{}' })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });

  it('fails, rather than answering a truncated body, when the connection is cut mid-answer', async () => {
    const { url } = await serve((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' }).write('{"data":');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    await expect(fetcher().fetch(url, { method: 'POST', body: '{}' })).rejects.toThrow(/other side closed|aborted/);
  });

  it('fails with the connection error when the subgraph is down', async () => {
    const { url } = await serve(answerJson);
    const [server] = servers.splice(0);
    await new Promise((resolve) => server?.close(resolve));
    await expect(fetcher().fetch(url, { method: 'POST', body: '{}' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
