import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A stereo sine of `seconds`, encoded by ffmpeg: as MP3 (CBR at kbps) or FLAC, by the path's extension. */
export async function makeTone(path: string, seconds: number, kbps = 320): Promise<Buffer> {
  const codec = path.endsWith('.flac') ? ['-c:a', 'flac'] : ['-c:a', 'libmp3lame', '-b:a', `${kbps}k`];
  await run('ffmpeg', [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=440:duration=${seconds}:sample_rate=44100`,
    '-ac',
    '2',
    ...codec,
    path,
  ]);
  return readFile(path);
}

export interface Probed {
  durationSeconds: number;
  codec: string;
  /** bit/s: the stream's, else the container's average. */
  bitRate: number;
}

/** What ffprobe decodes from bytes. */
export async function ffprobeBytes(bytes: Uint8Array, name: string): Promise<Probed> {
  const path = join(tmpdir(), `probe-${process.pid}-${Date.now()}-${name}`);
  await writeFile(path, bytes);
  const { stdout } = await run('ffprobe', [
    '-v',
    'error',
    '-show_entries',
    'format=duration,bit_rate:stream=codec_name,bit_rate',
    '-of',
    'json',
    path,
  ]);
  const parsed = JSON.parse(stdout) as {
    format: { duration: string; bit_rate?: string };
    streams: { codec_name: string; bit_rate?: string }[];
  };
  return {
    durationSeconds: Number(parsed.format.duration),
    codec: parsed.streams[0]?.codec_name ?? '',
    bitRate: Number(parsed.streams[0]?.bit_rate ?? parsed.format.bit_rate ?? 0),
  };
}

/** ffmpeg processes whose parent is this process (a catalog hosted here runs its transcodes so). */
export async function ffmpegChildren(parent = process.pid): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    // After "pid (comm) ": the state, then the parent's pid.
    const ppid = Number(stat.slice(close + 2).split(' ')[1]);
    if (comm === 'ffmpeg' && ppid === parent) found.push(Number(entry));
  }
  return found;
}

/** Polls until check passes or the deadline passes (then its last failure is thrown). */
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

/** An image's dimensions, as ffprobe reads them. */
export async function imageSize(bytes: Uint8Array): Promise<{ width: number; height: number }> {
  const path = join(tmpdir(), `image-${process.pid}-${Date.now()}`);
  await writeFile(path, bytes);
  const { stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'stream=width,height', '-of', 'json', path]);
  const stream = (JSON.parse(stdout) as { streams: { width: number; height: number }[] }).streams[0];
  if (!stream) throw new Error('ffprobe found no image');
  return stream;
}
