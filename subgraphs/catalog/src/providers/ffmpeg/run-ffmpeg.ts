import { spawn } from 'node:child_process';

export interface FfmpegRun {
  /** Exit code; null when ffmpeg was killed by a signal. */
  code: number | null;
  /** What ffmpeg wrote to stderr, its head or tail as asked, up to `maxLogChars`. */
  log: string;
  /** Bytes ffmpeg wrote to stdout (decoded audio, when piped). */
  stdoutBytes: number;
}

/**
 * Runs ffmpeg to the end and reports what it said; the child is killed on every path out, so a hung
 * or abandoned ffmpeg never outlives its caller. Rejects on spawn failure or after `timeoutMs`.
 */
export function runFfmpeg(
  ffmpegPath: string,
  args: string[],
  { timeoutMs, maxLogChars, keepLog }: { timeoutMs: number; maxLogChars: number; keepLog: 'head' | 'tail' },
): Promise<FfmpegRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdoutBytes = 0;
    let log = '';
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      outcome();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`ffmpeg did not finish within ${timeoutMs} ms`))),
      timeoutMs,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (keepLog === 'tail') log = (log + chunk).slice(-maxLogChars);
      else if (log.length < maxLogChars) log += chunk;
    });
    child.on('error', (error) => finish(() => reject(error)));
    child.on('close', (code) => finish(() => resolve({ code, log, stdoutBytes })));
  });
}
