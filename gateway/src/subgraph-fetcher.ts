import { Agent, type IncomingHttpHeaders, request } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

export interface SubgraphFetcher {
  fetch: Fetcher;
  /** Closes the idle connections kept for reuse (the gateway is stopping). */
  close(): void;
}

/**
 * The HTTP client behind every subgraph fetch, over node:http with kept-alive connections. The
 * global fetch (undici) did the same job at about twice the CPU per request: it wraps each small JSON
 * body in web streams, clones the request and parses in WebAssembly, and the gateway spent about a
 * fifth of its time there (bench/PROFILE.md, scenario 2). Subgraphs are private services that answer
 * JSON, so this client offers no redirects, compression or other fetch niceties. `timeoutMs` bounds
 * the whole exchange, the body included.
 */
export function createSubgraphFetcher({ timeoutMs }: { timeoutMs: number }): SubgraphFetcher {
  // Idle sockets go after 5 s, well before the subgraphs' 65 s keep-alive, so a request is never sent
  // on a connection the subgraph is closing.
  const options = { keepAlive: true, timeout: 5_000, scheduling: 'lifo' } as const;
  const agent = new Agent(options);
  // A subgraph may sit behind TLS in some deployments.
  const tlsAgent = new HttpsAgent(options);

  const fetch: Fetcher = (url: string, init: FetcherRequestInit = {}) =>
    new Promise<FetcherResponse>((resolve, reject) => {
      const body = init.body ?? '';
      const tls = url.startsWith('https:');
      const outgoing = (tls ? httpsRequest : request)(url, {
        method: init.method ?? 'GET',
        agent: tls ? tlsAgent : agent,
        headers: { ...init.headers, 'content-length': String(Buffer.byteLength(body)) },
      });
      const timer = setTimeout(() => {
        const error = new Error(`No answer from ${url} within ${timeoutMs} ms`);
        error.name = 'TimeoutError';
        outgoing.destroy(error);
      }, timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      outgoing.on('error', fail);
      outgoing.on('response', (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', fail);
        // A connection cut mid-answer: never a truncated body passed on as if it were whole.
        incoming.on('close', () => {
          if (!incoming.complete) fail(new Error(`The answer from ${url} was aborted before its end`));
        });
        incoming.on('end', () => {
          clearTimeout(timer);
          const status = incoming.statusCode ?? 0;
          resolve(
            new BufferedResponse(url, status, incoming.statusMessage ?? '', incoming.headers, Buffer.concat(chunks)),
          );
        });
      });
      outgoing.end(body);
    });

  return {
    fetch,
    close() {
      agent.destroy();
      tlsAgent.destroy();
    },
  };
}

/** A response already read in full: what RemoteGraphQLDataSource reads of it (status, headers, body). */
class BufferedResponse implements FetcherResponse {
  readonly redirected = false;
  readonly ok: boolean;
  readonly headers: Headers;
  bodyUsed = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    private readonly rawHeaders: IncomingHttpHeaders,
    private readonly body: Buffer,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = new Headers();
    for (const [name, value] of Object.entries(rawHeaders)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) this.headers.append(name, item);
    }
  }

  private consume(): Buffer {
    if (this.bodyUsed) throw new TypeError('Body has already been read');
    this.bodyUsed = true;
    return this.body;
  }

  async text(): Promise<string> {
    return this.consume().toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.consume().toString('utf8'));
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const body = this.consume();
    return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
  }

  clone(): FetcherResponse {
    if (this.bodyUsed) throw new TypeError('Body has already been read');
    return new BufferedResponse(this.url, this.status, this.statusText, this.rawHeaders, this.body);
  }
}
