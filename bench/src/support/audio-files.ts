import { execFile } from 'node:child_process';
import { open, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { audioFixture } from '@sp0t1fy/platform/testing';

/** A constant-bitrate MP3 from the shared audio fixtures (see their README). */
export const SOURCE_MP3 = audioFixture('speech-cbr128.mp3');
export const SMALL_MP3 = audioFixture('mpeg25-8khz.mp3');

/** Where the MPEG frames of a CBR file are: after its ID3v2 tag, before an ID3v1 tag. */
function frames(file: Buffer): { start: number; end: number } {
  let start = 0;
  if (file.subarray(0, 3).toString('latin1') === 'ID3') {
    const size = ((file[6]! & 0x7f) << 21) | ((file[7]! & 0x7f) << 14) | ((file[8]! & 0x7f) << 7) | (file[9]! & 0x7f);
    start = 10 + size;
  }
  let end = file.length;
  if (file.subarray(end - 128, end - 125).toString('latin1') === 'TAG') end -= 128;
  return { start, end };
}

/**
 * An MP3 of about `bytes` bytes: the fixture followed by its frames again and again, which is still
 * a valid stream of MPEG frames (a long recording of the same speech).
 */
export async function makeMp3(path: string, bytes: number): Promise<void> {
  const source = await readFile(SOURCE_MP3);
  const { start, end } = frames(source);
  const head = source.subarray(0, end);
  const body = source.subarray(start, end);
  const handle = await open(path, 'w');
  try {
    await handle.write(head);
    let written = head.length;
    while (written + body.length <= bytes) {
      await handle.write(body);
      written += body.length;
    }
  } finally {
    await handle.close();
  }
}

/**
 * A stereo 16-bit 44.1 kHz FLAC of `seconds` (a tone under soft noise, so it compresses like music
 * rather than like silence; a different frequency is a different file), made with the machine's ffmpeg: kept out of the repository, being tens
 * of MB for five minutes.
 */
export async function makeFlac(path: string, seconds: number, frequency = 440): Promise<void> {
  const source = `sine=frequency=${frequency}:sample_rate=44100:duration=${seconds}`;
  const noise = `anoisesrc=color=pink:amplitude=0.2:sample_rate=44100:duration=${seconds}`;
  await promisify(execFile)('ffmpeg', [
    ...['-nostdin', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', source, '-f', 'lavfi', '-i', noise],
    ...['-filter_complex', '[0][1]amix=inputs=2,pan=stereo|c0=c0|c1=c0[a]', '-map', '[a]'],
    ...['-c:a', 'flac', '-sample_fmt', 's16', '-metadata', 'title=Bench Lossless', path],
  ]);
}
