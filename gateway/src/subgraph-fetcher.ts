import type { IncomingHttpHeaders } from 'node:http';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, request } from 'undici';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

export interface SubgraphFetcher {
  fetch: Fetcher;
  /** Closes the idle connections kept for reuse (the gateway is stopping). */
  close(): void;
}

/**
 * The HTTP client behind every subgraph fetch in the separate layout: undici's `request` on a pool of
 * kept-alive connections. The global fetch (undici too) did the same job at about twice the CPU per
 * request: it wraps each small JSON body in web streams and clones the request (bench/PROFILE.md,
 * scenario 2). Subgraphs are private services that answer JSON, so this client offers no redirects or
 * compression. `timeoutMs` bounds the whole exchange, the body included.
 */
export function createSubgraphFetcher({ timeoutMs }: { timeoutMs: number }): SubgraphFetcher {
  // Idle sockets go after 5 s, well before the subgraphs' 65 s keep-alive, so a request is never sent
  // on a connection the subgraph is closing.
  const dispatcher = new Agent({ keepAliveTimeout: 5_000, keepAliveMaxTimeout: 5_000 });

  const fetch: Fetcher = async (url: string, init: FetcherRequestInit = {}) => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const answer = await request(url, {
        method: (init.method ?? 'GET') as 'GET',
        headers: init.headers as Record<string, string>,
        body: init.body,
        dispatcher,
        signal,
      });
      // A connection cut mid-answer rejects here: a truncated body is never passed on as whole.
      const body = Buffer.from(await answer.body.arrayBuffer());
      return new BufferedResponse(url, answer.statusCode, '', answer.headers, body);
    } catch (error) {
      if (!signal.aborted) throw error;
      const timeout = new Error(`No answer from ${url} within ${timeoutMs} ms`);
      timeout.name = 'TimeoutError';
      throw timeout;
    }
  };

  return {
    fetch,
    close() {
      void dispatcher.destroy();
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
