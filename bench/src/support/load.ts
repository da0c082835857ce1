import http from 'node:http';
import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds of load, and an upper bound on requests: whichever ends first. */
  duration: number;
  amount?: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Called per request, e.g. to pick a random Range. */
  setupHeaders?: () => Record<string, string>;
}

export interface LoadResult {
  requestsPerSecond: number;
  bytesPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
}

/** autocannon from this process (never the server's), failing on any error or non-2xx answer. */
export async function load(options: LoadOptions): Promise<LoadResult> {
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
    ...(options.setupHeaders
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => ({
                ...request,
                headers: { ...request.headers, ...options.setupHeaders?.() },
              }),
            },
          ],
        }
      : {}),
  });
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) {
    throw new Error(`${options.url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`);
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

export interface Latencies {
  p50: number;
  p95: number;
  p99: number;
  count: number;
}

export function percentiles(samples: number[]): Latencies {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return { p50: at(50), p95: at(95), p99: at(99), count: sorted.length };
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
