/**
 * An HTTP proxy in front of a real server (the S3 test server) that can hold chosen requests, so a
 * test can keep transfers provably in flight, look at the system meanwhile, then let them finish.
 * Requests are forwarded byte for byte with their own headers, so S3 signatures still verify.
 */
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** `request`: held before it reaches the server. `response`: the server answered, the client waits. */
export type HoldStage = 'request' | 'response';

export interface HeldRequests {
  /** Requests held so far. */
  readonly count: number;
  /** Resolves once this many matching requests are held. */
  reached(count: number): Promise<void>;
  /** Lets every held request through, and every later match too. */
  release(): void;
}

export interface Refusal {
  /** Requests refused so far. */
  readonly count: number;
  /** Forwards matching requests again. */
  stop(): void;
}

export interface HoldingProxy {
  url: string;
  hold(stage: HoldStage, matches: (method: string, path: string) => boolean): HeldRequests;
  /** Answers matching requests 500 without forwarding them: a store failing mid-upload. */
  refuse(matches: (method: string, path: string) => boolean): Refusal;
  close(): Promise<void>;
}

interface Hold {
  stage: HoldStage;
  matches(method: string, path: string): boolean;
  held: HeldRequests;
  /** Waits for release when the request matches, at once otherwise. */
  wait(): Promise<void>;
}

export async function startHoldingProxy(upstream: string): Promise<HoldingProxy> {
  const target = new URL(upstream);
  const holds: Hold[] = [];
  const refusals: Array<{ matches(method: string, path: string): boolean; refused(): void; stopped: boolean }> = [];

  const passAt = async (stage: HoldStage, req: IncomingMessage) => {
    for (const hold of holds) {
      if (hold.stage === stage && hold.matches(req.method ?? 'GET', req.url ?? '/')) await hold.wait();
    }
  };

  const forward = async (req: IncomingMessage, res: ServerResponse) => {
    const refusal = refusals.find((one) => !one.stopped && one.matches(req.method ?? 'GET', req.url ?? '/'));
    if (refusal) {
      refusal.refused();
      req.resume();
      res.writeHead(500, { 'content-type': 'application/xml' });
      res.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>InternalError</Code></Error>');
      return;
    }
    await passAt('request', req);
    const upstreamRequest = request(
      { hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      async (upstreamResponse) => {
        await passAt('response', req);
        res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
        upstreamResponse.pipe(res);
      },
    );
    upstreamRequest.on('error', () => res.destroy());
    req.pipe(upstreamRequest);
  };

  const server = createServer((req, res) => {
    forward(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    hold(stage, matches) {
      let released = false;
      let count = 0;
      let releaseAll = () => {};
      const releasedPromise = new Promise<void>((resolve) => {
        releaseAll = resolve;
      });
      const waiters: Array<{ count: number; resolve(): void }> = [];
      const held: HeldRequests = {
        get count() {
          return count;
        },
        reached(wanted) {
          if (count >= wanted) return Promise.resolve();
          return new Promise((resolve) => waiters.push({ count: wanted, resolve }));
        },
        release() {
          released = true;
          releaseAll();
        },
      };
      holds.push({
        stage,
        matches,
        held,
        async wait() {
          if (released) return;
          count++;
          for (const waiter of waiters) if (count >= waiter.count) waiter.resolve();
          await releasedPromise;
        },
      });
      return held;
    },
    refuse(matches) {
      let count = 0;
      const refusal = { matches, refused: () => count++, stopped: false };
      refusals.push(refusal);
      return {
        get count() {
          return count;
        },
        stop() {
          refusal.stopped = true;
        },
      };
    },
    async close() {
      for (const hold of holds) hold.held.release();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
