import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A stereo sine as FLAC, made by ffmpeg: a lossless source of a known duration. */
export async function makeFlac(path: string, seconds: number): Promise<void> {
  await run('ffmpeg', [
    '-hide_banner',
    '-loglevel',
    'error',
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=440:duration=${seconds}:sample_rate=44100`,
    '-ac',
    '2',
    '-c:a',
    'flac',
    path,
  ]);
}

export const sha256Of = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

export interface Probed {
  durationSeconds: number;
  codec: string;
  bitRate: number | null;
  formatName: string;
}

export async function ffprobe(path: string): Promise<Probed> {
  const { stdout } = await run('ffprobe', [
    '-v',
    'error',
    '-show_entries',
    'format=duration,bit_rate,format_name:stream=codec_name,bit_rate',
    '-of',
    'json',
    path,
  ]);
  const parsed = JSON.parse(stdout) as {
    format: { duration: string; bit_rate?: string; format_name: string };
    streams: { codec_name: string; bit_rate?: string }[];
  };
  const rate = parsed.streams[0]?.bit_rate ?? parsed.format.bit_rate;
  return {
    durationSeconds: Number(parsed.format.duration),
    codec: parsed.streams[0]?.codec_name ?? '',
    bitRate: rate ? Number(rate) : null,
    formatName: parsed.format.format_name,
  };
}

/** ffmpeg processes that are children of this process (what a leaked transcode would be). */
export async function ffmpegChildren(parent = process.pid): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid ...; comm may hold spaces, so parse from the last parenthesis.
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const ppid = Number(stat.slice(close + 2).split(' ')[1]);
    if (comm === 'ffmpeg' && ppid === parent) found.push(Number(entry));
  }
  return found;
}

/** Polls until check passes or the deadline is reached (then the last failure is thrown). */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
