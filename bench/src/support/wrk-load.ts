import { execFile, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { DownloadOptions, DownloadReport } from './download-options.js';

const SCRIPT = fileURLToPath(new URL('./download-range.lua', import.meta.url));
/** Room for an answer's status line and headers when checking the bytes wrk read. */
const HEADER_ALLOWANCE = 2048;

/** wrk (Debian's package) on the PATH, or undefined. */
export function findWrk(): string | undefined {
  for (const candidate of ['wrk', '/usr/bin/wrk']) {
    try {
      execFileSync(candidate, ['-v'], { stdio: 'ignore' });
      return candidate;
    } catch (error) {
      // `wrk -v` prints its version and exits 1: only a missing binary is a miss.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return candidate;
    }
  }
  return undefined;
}

interface WrkTotals {
  requests: number;
  durationUs: number;
  bytes: number;
  connect: number;
  read: number;
  write: number;
  /** Answers with a status of 400 or more. */
  status: number;
  timeout: number;
  p50Us: number;
  p99Us: number;
  cpuSeconds: number;
}

/**
 * One wrk run (one thread, C, bodies parsed and dropped) with download-range.lua. wrk gives totals,
 * not each answer: a body of the wrong length shows as total bytes outside what the answers can hold.
 * It has no request limit, so `amount` is not used: the run lasts `duration` seconds.
 */
export async function wrkLoad(binary: string, options: DownloadOptions): Promise<DownloadReport> {
  const args = ['-t1', `-c${options.connections}`, `-d${options.duration}s`, '--timeout', '60s', '-s', SCRIPT];
  const { stdout } = await promisify(execFile)(binary, [
    ...args,
    options.url,
    '--',
    String(options.size),
    String(options.rangeBytes ?? 0),
  ]);
  const line = stdout.split('\n').find((text) => text.startsWith('WRK_RESULT '));
  if (!line) throw new Error(`wrk printed no result: ${stdout}`);
  const totals = JSON.parse(line.slice('WRK_RESULT '.length)) as WrkTotals;
  const expected = options.rangeBytes ?? options.size;
  // Bytes still arriving for the answers in flight when wrk stops are counted too.
  const fewest = totals.requests * expected;
  const most = (totals.requests + options.connections) * (expected + HEADER_ALLOWANCE);
  const lengthWrong = totals.bytes < fewest || totals.bytes > most;
  const problems = [
    totals.connect + totals.read + totals.write + totals.timeout > 0 &&
      `errors: ${totals.connect} connect, ${totals.read} read, ${totals.write} write, ${totals.timeout} timeouts`,
    totals.status > 0 && `${totals.status} answers of 400 or more`,
    lengthWrong && `${totals.bytes} bytes read for ${totals.requests} answers of ${expected} bytes`,
  ].filter(Boolean);
  return {
    requests: totals.requests,
    seconds: totals.durationUs / 1e6,
    bytes: totals.bytes,
    p50: totals.p50Us / 1000,
    p99: totals.p99Us / 1000,
    errors: totals.connect + totals.read + totals.write + totals.timeout,
    non2xx: totals.status,
    wrongLength: lengthWrong ? totals.requests : 0,
    ...(problems.length ? { firstProblem: problems.join('; ') } : {}),
    clientCpuMs: totals.requests ? (totals.cpuSeconds * 1000) / totals.requests : 0,
  };
}
