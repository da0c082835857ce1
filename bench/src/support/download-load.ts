import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DownloadOptions, DownloadReport } from './download-options.js';
import type { LoadResult } from './load.js';
import { findWrk, wrkLoad } from './wrk-load.js';

const WORKER = fileURLToPath(new URL('./download-worker.ts', import.meta.url));
const wrk = findWrk();

/** Which load generator downloadLoad() uses on this machine, for the report. */
export const downloadGenerator = wrk
  ? 'wrk (Debian), one thread'
  : 'undici in a child process (wrk is not installed; undici spent 6-8× its CPU per Range request in a test, so the nginx column is capped lower)';

export interface DownloadResult extends LoadResult {
  /** CPU the load generator spent per request, in ms: near 1000 ÷ requests/s it is the bottleneck. */
  clientCpuMs: number;
}

/** The fallback: download-worker.ts (undici) in a child process, reporting over IPC. */
async function undiciLoad(options: DownloadOptions): Promise<DownloadReport> {
  const child = fork(WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise<DownloadReport>((resolve, reject) => {
    child.once('message', (message) => resolve(message as DownloadReport));
    child.once('exit', (code) => reject(new Error(`download load generator exited with ${code} before reporting`)));
    child.send(options);
  });
}

/**
 * Load for file downloads from a process of its own (wrk, or undici when wrk is missing; never a
 * server's process nor the harness's event loop), on loopback; bodies are counted, not kept.
 * Fails on any error, non-2xx answer or body of the wrong length, as load() does.
 */
export async function downloadLoad(options: DownloadOptions): Promise<DownloadResult> {
  const report = wrk ? await wrkLoad(wrk, options) : await undiciLoad(options);
  const failed = report.errors + report.non2xx + report.wrongLength;
  if (failed > 0 || report.requests === 0) {
    throw new Error(
      `${options.url}: ${report.errors} errors, ${report.non2xx} non-2xx, ${report.wrongLength} of the wrong length ` +
        `out of ${report.requests} (first: ${report.firstProblem ?? 'no request completed'})`,
    );
  }
  return {
    requestsPerSecond: report.requests / report.seconds,
    bytesPerSecond: report.bytes / report.seconds,
    p50: report.p50,
    p99: report.p99,
    requests: report.requests,
    clientCpuMs: report.clientCpuMs,
  };
}
