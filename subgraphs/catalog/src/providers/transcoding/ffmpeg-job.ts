import { type ChildProcess, spawn } from 'node:child_process';
import type { FileHandle } from 'node:fs/promises';
import { open, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Logger } from '@sp0t1fy/platform';
import type { ConcurrencyLimit } from '../ffmpeg/concurrency-limit.js';

/** Where ffmpeg reads the source: a local file, or a stream piped to its stdin (object stores). */
export type FfmpegInput = { path: string } | { open: () => Promise<NodeJS.ReadableStream> };

export interface FfmpegJobOptions {
  ffmpegPath: string;
  /** Output arguments, after the input; the output goes to stdout. */
  outputArgs: string[];
  input: FfmpegInput;
  tempPath: string;
  limit: ConcurrencyLimit;
  /** Moves the complete temp file into the cache; called only when ffmpeg exited 0. */
  keep: (tempPath: string) => Promise<void>;
  /** Between SIGTERM and SIGKILL when the job is stopped. */
  killGraceMs: number;
  logger: Logger;
}

export type FfmpegJobState = 'queued' | 'running' | 'done' | 'failed' | 'stopped';

const READ_CHUNK_BYTES = 64 * 1024;
const STDERR_TAIL_BYTES = 4096;

/**
 * One ffmpeg run whose output is written to a temp file as it comes, and read back by any number of
 * readers, each from the start and following the growing file: the first listener and a second one
 * arriving mid-way share the one process. ffmpeg is stopped (SIGTERM, SIGKILL after a grace) when the
 * last reader leaves before it is done; the temp file is deleted on every outcome but a 0 exit, when
 * `keep` moves it into the cache. The file handle outlives that rename, so readers still reading
 * finish from it.
 */
export class FfmpegJob {
  state: FfmpegJobState = 'queued';
  /** Bytes of output written to the temp file so far. */
  written = 0;
  /** Resolves once ffmpeg has exited (or never started) and the temp file is kept or deleted. */
  readonly finished: Promise<void>;

  private readers = 0;
  private handle: FileHandle | undefined;
  private readonly opened: Promise<FileHandle>;
  private readonly stopping = new AbortController();
  private child: ChildProcess | undefined;
  private waiters: (() => void)[] = [];
  private failure: Error | undefined;

  constructor(private readonly options: FfmpegJobOptions) {
    this.opened = open(options.tempPath, 'w+').then((handle) => {
      this.handle = handle;
      return handle;
    });
    // Awaited by run() once it has a slot; a failure meanwhile is not an unhandled rejection.
    this.opened.catch(() => {});
    this.finished = this.run();
  }

  /** A new reader of the whole output; destroying it (the client left) detaches it. */
  attach(): Readable {
    this.readers += 1;
    return new JobReader(this);
  }

  /** Stops ffmpeg (or takes the job out of the queue); nothing is kept. */
  stop(): void {
    if (this.state === 'done' || this.state === 'failed' || this.state === 'stopped') return;
    this.stopping.abort(new Error('transcode stopped'));
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), this.options.killGraceMs);
    child.once('exit', () => clearTimeout(killer));
  }

  /** @internal */
  detach(): void {
    this.readers -= 1;
    if (this.readers > 0) return;
    if (this.isOver()) void this.closeHandle();
    else this.stop();
  }

  /** @internal: resolves at the next write or state change. */
  change(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** @internal */
  async readAt(position: number): Promise<Buffer | null> {
    const handle = await this.opened;
    if (position >= this.written) return null;
    const length = Math.min(this.written - position, READ_CHUNK_BYTES);
    const buffer = Buffer.allocUnsafe(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  }

  /** @internal */
  get error(): Error | undefined {
    return this.failure;
  }

  /** False once it is over or being stopped: a new request then starts a new run. */
  get joinable(): boolean {
    return !this.isOver() && !this.stopping.signal.aborted;
  }

  isOver(): boolean {
    return this.state === 'done' || this.state === 'failed' || this.state === 'stopped';
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private async run(): Promise<void> {
    const { options } = this;
    let release: (() => void) | undefined;
    let exitedCleanly = false;
    try {
      // The slot is asked for at once, so requests get theirs in the order they came (not in the
      // order their temp files happened to open).
      release = await options.limit.acquire(this.stopping.signal);
      const handle = await this.opened;
      if (this.stopping.signal.aborted) throw this.stopping.signal.reason;
      this.state = 'running';
      this.notify();
      exitedCleanly = await this.spawnAndCopy(handle);
    } catch (error) {
      this.failure ??= error instanceof Error ? error : new Error(String(error));
      // Writing the output failed while ffmpeg runs on: it must not outlive the job.
      const child = this.child;
      // (A process that never started has no pid and nothing to wait for.)
      if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await new Promise((resolve) => child.once('close', resolve));
      }
    } finally {
      release?.();
    }
    if (exitedCleanly && !this.stopping.signal.aborted) {
      try {
        await options.keep(options.tempPath);
        this.state = 'done';
      } catch (error) {
        this.failure = error instanceof Error ? error : new Error(String(error));
      }
    }
    if (this.state !== 'done') {
      this.state = this.stopping.signal.aborted ? 'stopped' : 'failed';
      this.failure ??= new Error('transcode failed');
      await rm(options.tempPath, { force: true });
      if (this.state === 'failed') options.logger.warn({ err: this.failure }, 'ffmpeg failed');
    }
    this.notify();
    if (this.readers === 0) await this.closeHandle();
  }

  /** True when ffmpeg exited 0 with all its output written. */
  private async spawnAndCopy(handle: FileHandle): Promise<boolean> {
    const { options } = this;
    const fromStdin = !('path' in options.input);
    const inputArg = 'path' in options.input ? options.input.path : 'pipe:0';
    const args = [
      '-hide_banner',
      '-loglevel',
      'error',
      ...(fromStdin ? [] : ['-nostdin']),
      '-i',
      inputArg,
      ...options.outputArgs,
      'pipe:1',
    ];
    const child = spawn(options.ffmpegPath, args, { stdio: [fromStdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    this.child = child;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      child.once('close', (code, signal) => resolve({ code, signal }));
    });
    const spawnError = new Promise<never>((_resolve, reject) => child.once('error', reject));
    spawnError.catch(() => {});
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      stderr = (stderr + text).slice(-STDERR_TAIL_BYTES);
    });
    // A stop that came while the process was being started.
    if (this.stopping.signal.aborted) child.kill('SIGKILL');

    if (fromStdin && child.stdin) {
      const source = await (options.input as { open: () => Promise<NodeJS.ReadableStream> }).open();
      const stdin = child.stdin;
      // ffmpeg may stop reading early (it is stopped, or has what it needs): not an error here.
      stdin.on('error', () => {});
      (source as Readable).on('error', () => stdin.destroy());
      source.pipe(stdin);
      child.once('close', () => (source as Readable).destroy?.());
    }

    const copy = (async () => {
      for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
        await handle.write(chunk, 0, chunk.length, this.written);
        this.written += chunk.length;
        this.notify();
      }
    })();
    const [{ code, signal }] = await Promise.race([Promise.all([exited, copy]), spawnError]);
    if (code === 0) return true;
    this.failure = new Error(
      `ffmpeg exited with ${code ?? signal}${stderr ? `: ${stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`,
    );
    return false;
  }

  private async closeHandle(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close().catch(() => {});
  }
}

/** Follows the job's output from byte 0 until it is done; errors when the job fails or stops. */
class JobReader extends Readable {
  private position = 0;
  private pumping = false;
  private detached = false;

  constructor(private readonly job: FfmpegJob) {
    super({ highWaterMark: READ_CHUNK_BYTES });
  }

  override _read(): void {
    if (!this.pumping) void this.pump();
  }

  private async pump(): Promise<void> {
    this.pumping = true;
    try {
      while (!this.destroyed) {
        const chunk = await this.job.readAt(this.position);
        if (this.destroyed) return;
        if (chunk && chunk.length > 0) {
          this.position += chunk.length;
          if (!this.push(chunk)) return;
          continue;
        }
        if (this.job.state === 'done' && this.position >= this.job.written) {
          this.push(null);
          return;
        }
        if (this.job.state === 'failed' || this.job.state === 'stopped') {
          this.destroy(this.job.error ?? new Error('transcode failed'));
          return;
        }
        await this.job.change();
      }
    } catch (error) {
      this.destroy(error as Error);
    } finally {
      this.pumping = false;
    }
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    if (!this.detached) {
      this.detached = true;
      this.job.detach();
    }
    callback(error);
  }
}
