/**
 * The child process behind downloadLoad(): GETs one file over kept-alive undici connections, whole
 * or at random Range boundaries, and counts each body's bytes without keeping or decoding them
 * (autocannon appends every body to a string, which costs more CPU than serving a 256 KiB range).
 */
import type { Readable } from 'node:stream';
import { Pool } from 'undici';
import type { DownloadOptions, DownloadReport } from './download-options.js';
import { percentiles } from './percentiles.js';

const options = await new Promise<DownloadOptions>((resolve) => process.once('message', resolve));
const url = new URL(options.url);
// Same patience as load(): whole files on a busy 2-core machine can take long.
const pool = new Pool(url.origin, {
  connections: options.connections,
  pipelining: 1,
  headersTimeout: 60_000,
  bodyTimeout: 60_000,
});

/** The next request's headers and how many body bytes its answer must carry. */
function nextRequest(): { headers: Record<string, string>; expected: number } {
  const length = options.rangeBytes;
  if (!length) return { headers: {}, expected: options.size };
  const start = Math.floor(Math.random() * Math.floor(options.size / length)) * length;
  const end = Math.min(options.size, start + length) - 1;
  return { headers: { range: `bytes=${start}-${end}` }, expected: end - start + 1 };
}

function countBytes(body: Readable): Promise<number> {
  return new Promise((resolve, reject) => {
    let received = 0;
    body.on('data', (chunk: Buffer) => {
      received += chunk.length;
    });
    body.once('end', () => resolve(received));
    body.once('error', reject);
  });
}

const samples: number[] = [];
const report = { bytes: 0, errors: 0, non2xx: 0, wrongLength: 0, firstProblem: undefined as string | undefined };
const problem = (description: string) => {
  report.firstProblem ??= description;
};
let issued = 0;
const cpuAtStart = process.cpuUsage();
const started = performance.now();
const deadline = started + options.duration * 1000;

/** One connection's loop: a request, its whole answer, the next (as autocannon without pipelining). */
async function connection() {
  while (performance.now() < deadline && (options.amount === undefined || issued < options.amount)) {
    issued++;
    const { headers, expected } = nextRequest();
    const sent = performance.now();
    try {
      const response = await pool.request({ path: `${url.pathname}${url.search}`, method: 'GET', headers });
      const received = await countBytes(response.body);
      samples.push(performance.now() - sent);
      report.bytes += received;
      if (response.statusCode < 200 || response.statusCode > 299) {
        report.non2xx++;
        problem(`HTTP ${response.statusCode}`);
      } else if (received !== expected) {
        report.wrongLength++;
        problem(`${received} bytes where ${expected} were asked for`);
      }
    } catch (error) {
      report.errors++;
      problem(String(error));
    }
  }
}

await Promise.all(Array.from({ length: options.connections }, connection));
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuAtStart);
await pool.close();
const { p50, p99 } = percentiles(samples);
const result: DownloadReport = {
  ...report,
  requests: samples.length,
  seconds,
  p50,
  p99,
  clientCpuMs: samples.length ? (cpu.user + cpu.system) / 1000 / samples.length : 0,
};
process.send?.(result, () => process.exit(0));
