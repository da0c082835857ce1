/**
 * The machine's ffmpeg and ffprobe, for tests that make real audio and check what the product
 * answers with a decoder it did not write.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A stereo 440 Hz sine of `seconds`: FLAC when the path ends in .flac, else MP3 at kbps (CBR). */
export async function makeTone(path: string, seconds: number, kbps = 320): Promise<Buffer> {
  const codec = path.endsWith('.flac') ? ['-c:a', 'flac'] : ['-c:a', 'libmp3lame', '-b:a', `${kbps}k`];
  await run('ffmpeg', [
    ...['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi'],
    ...['-i', `sine=frequency=440:duration=${seconds}:sample_rate=44100`, '-ac', '2'],
    ...codec,
    path,
  ]);
  return readFile(path);
}

export interface Probed {
  durationSeconds: number;
  /** The first stream's, such as mp3, opus or aac. */
  codec: string;
  /** bit/s: the stream's, else the container's average; 0 when ffprobe gives neither. */
  bitRate: number;
  /** The container, such as ogg or mp3. */
  formatName: string;
}

/** What ffprobe decodes from a file. */
export async function ffprobe(path: string): Promise<Probed> {
  const { stdout } = await run('ffprobe', [
    ...['-v', 'error', '-of', 'json'],
    ...['-show_entries', 'format=duration,bit_rate,format_name:stream=codec_name,bit_rate'],
    path,
  ]);
  const parsed = JSON.parse(stdout) as {
    format: { duration: string; bit_rate?: string; format_name: string };
    streams: { codec_name: string; bit_rate?: string }[];
  };
  return {
    durationSeconds: Number(parsed.format.duration),
    codec: parsed.streams[0]?.codec_name ?? '',
    bitRate: Number(parsed.streams[0]?.bit_rate ?? parsed.format.bit_rate ?? 0),
    formatName: parsed.format.format_name,
  };
}

/** What ffprobe decodes from bytes (an HTTP answer's body). */
export async function ffprobeBytes(bytes: Uint8Array, name: string): Promise<Probed> {
  return withTempFile(bytes, name, ffprobe);
}

/** An image's dimensions, as ffprobe reads them. */
export async function imageSize(bytes: Uint8Array): Promise<{ width: number; height: number }> {
  return withTempFile(bytes, 'image', async (path) => {
    const { stdout } = await run('ffprobe', [
      '-v',
      'error',
      '-show_entries',
      'stream=width,height',
      '-of',
      'json',
      path,
    ]);
    const stream = (JSON.parse(stdout) as { streams: { width: number; height: number }[] }).streams[0];
    if (!stream) throw new Error('ffprobe found no image');
    return stream;
  });
}

/** EBU R128 integrated loudness (LUFS) and linear sample peak, as ffmpeg's ebur128 filter measures them. */
export async function ebur128(path: string): Promise<{ integratedLufs: number; samplePeak: number }> {
  const { stderr } = await run('ffmpeg', [
    ...['-hide_banner', '-nostats', '-i', path, '-map', '0:a:0'],
    ...['-af', 'ebur128=peak=sample:framelog=verbose', '-f', 'null', '-'],
  ]);
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'));
  const integrated = /\bI:\s+(-?[\d.]+) LUFS/.exec(summary);
  const peak = /Peak:\s+(-?[\d.]+) dBFS/.exec(summary);
  if (!integrated || !peak) throw new Error(`No ebur128 summary for ${path}: ${stderr.slice(-500)}`);
  return { integratedLufs: Number(integrated[1]), samplePeak: 10 ** (Number(peak[1]) / 20) };
}

/**
 * What ffmpeg's MP3 demuxer trims, from the "Skip Samples" side data of the first and last packets:
 * skip_samples at the start (the encoder delay plus the decoder's own 529) and discard_padding at the end.
 */
export async function mp3TrimmedSamples(path: string): Promise<{ skipSamples: number; discardPadding: number }> {
  const { stdout } = await run(
    'ffprobe',
    ['-v', 'error', '-of', 'json', '-show_packets', '-show_entries', 'packet=pts:packet_side_data', path],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const packets = (
    JSON.parse(stdout) as {
      packets: { side_data_list?: { side_data_type: string; skip_samples?: number; discard_padding?: number }[] }[];
    }
  ).packets;
  const skip = (packet: (typeof packets)[number] | undefined) =>
    packet?.side_data_list?.find((data) => data.side_data_type === 'Skip Samples');
  return {
    skipSamples: skip(packets[0])?.skip_samples ?? 0,
    discardPadding: skip(packets.at(-1))?.discard_padding ?? 0,
  };
}

/** The first audio stream's packet count (read, not claimed) and its duration as ffprobe gives it. */
export async function audioPackets(path: string): Promise<{ packets: number; durationSeconds: number }> {
  const { stdout } = await run('ffprobe', [
    ...['-v', 'error', '-of', 'json', '-select_streams', 'a:0', '-count_packets'],
    ...['-show_entries', 'stream=nb_read_packets,duration', path],
  ]);
  const stream = (JSON.parse(stdout) as { streams: { nb_read_packets: string; duration: string }[] }).streams[0];
  if (!stream) throw new Error(`ffprobe found no audio in ${path}`);
  return { packets: Number(stream.nb_read_packets), durationSeconds: Number(stream.duration) };
}

/** How many samples per channel ffmpeg decodes from the file (after its own gapless trimming). */
export async function decodedSamples(path: string): Promise<number> {
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', path, '-map', '0:a:0', '-ac', '1', '-f', 's16le', '-'], {
    encoding: 'buffer',
    maxBuffer: 512 * 1024 * 1024,
  });
  return stdout.length / 2;
}

export const sha256Of = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

/** ffmpeg processes whose parent is this process: what a leaked transcode would be. */
export async function ffmpegChildren(parent = process.pid): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // "pid (comm) state ppid ...": comm may hold spaces, so it is read up to the last parenthesis.
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
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

let temporaryFiles = 0;

async function withTempFile<T>(bytes: Uint8Array, name: string, use: (path: string) => Promise<T>): Promise<T> {
  const path = join(tmpdir(), `sp0t1fy-probe-${process.pid}-${++temporaryFiles}-${name}`);
  await writeFile(path, bytes);
  try {
    return await use(path);
  } finally {
    await rm(path, { force: true });
  }
}

/** The audio ffmpeg decodes from a file, mixed down to one channel (32-bit float), at its own rate. */
export async function decodeMono(path: string): Promise<{ samples: Float32Array; sampleRate: number }> {
  const { stdout: probed } = await run('ffprobe', [
    ...['-v', 'error', '-select_streams', 'a:0', '-show_entries', 'stream=sample_rate', '-of', 'csv=p=0'],
    path,
  ]);
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', path, '-f', 'f32le', '-ac', '1', '-'], {
    encoding: 'buffer',
    maxBuffer: 512 * 1024 * 1024,
  });
  const bytes = new Uint8Array(stdout);
  return {
    samples: new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4),
    sampleRate: Number(probed),
  };
}
