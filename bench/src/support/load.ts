import http from 'node:http';
import autocannon from 'autocannon';
import { type Latencies, percentiles } from './percentiles.js';

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds of load, and an upper bound on requests: whichever ends first. */
  duration: number;
  amount?: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** One request body per connection (connection i always sends bodies[i]), instead of `body`. */
  bodies?: string[];
  /** A response whose body this refuses counts as a failure, e.g. a GraphQL answer with errors. */
  verifyBody?: (body: string) => boolean;
}

export interface LoadResult {
  requestsPerSecond: number;
  bytesPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
}

/** autocannon's per-connection hook, giving each connection its own body for the whole run. */
function bodyPerConnection(bodies: string[], connections: number) {
  if (bodies.length !== connections) throw new Error(`${bodies.length} bodies for ${connections} connections`);
  let next = 0;
  return (client: autocannon.Client) => client.setBody(bodies[next++ % bodies.length]);
}

/**
 * autocannon from this process (never the server's), failing on any error, non-2xx answer or body
 * `verifyBody` refuses. It keeps every response body as a string: for large binary bodies use
 * downloadLoad() instead.
 */
export async function load(options: LoadOptions): Promise<LoadResult> {
  let firstRefused: string | undefined;
  const verify = options.verifyBody;
  const verifyBody = verify
    ? // autocannon 8 always passes the body as a string; its types also allow a Buffer.
      (body: string | Buffer | undefined) => {
        const text = String(body ?? '');
        const ok = verify(text);
        if (!ok) firstRefused ??= text;
        return ok;
      }
    : undefined;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.duration,
    // Whole-file downloads on a busy 2-core machine can take longer than autocannon's default 10 s.
    timeout: 60,
    ...(options.amount ? { amount: options.amount } : {}),
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    ...(options.body ? { body: options.body } : {}),
    ...(options.bodies ? { setupClient: bodyPerConnection(options.bodies, options.connections) } : {}),
    ...(verifyBody ? { verifyBody } : {}),
  });
  const failed = result.errors + result.timeouts + result.non2xx + result.mismatches;
  if (failed > 0) {
    throw new Error(
      `${options.url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ` +
        `${result.mismatches} refused bodies out of ${result.requests.total}${firstRefused ? ` (first: ${firstRefused.slice(0, 300)})` : ''}`,
    );
  }
  const seconds = result.duration || options.duration;
  return {
    requestsPerSecond: result.requests.total / seconds,
    bytesPerSecond: result.throughput.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** One POST over a kept-alive connection; resolves with the status and body. */
function post(url: string, body: string, headers: Record<string, string>) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
    });
    request.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * Latency of one GraphQL request at a time (no queueing in the numbers), after `warmup` unmeasured
 * ones; exact p50/p95/p99 in milliseconds. Fails on any error.
 */
export async function sequentialLatency(
  url: string,
  body: () => string,
  options: { count: number; warmup: number; headers?: Record<string, string> },
): Promise<Latencies> {
  const samples: number[] = [];
  for (let index = 0; index < options.warmup + options.count; index++) {
    const started = performance.now();
    const { status, text } = await post(url, body(), options.headers ?? {});
    const elapsed = performance.now() - started;
    if (status !== 200 || text.includes('"errors"')) throw new Error(`${url}: ${status} ${text.slice(0, 300)}`);
    if (index >= options.warmup) samples.push(elapsed);
  }
  return percentiles(samples);
}
