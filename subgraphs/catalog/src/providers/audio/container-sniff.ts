import { open } from 'node:fs/promises';
import type { Demuxer } from './ffmpeg-decode.js';

/**
 * The container a file's first bytes announce, among those we accept besides MP3. Anything else
 * (MP3 with or without ID3, and every format we do not serve) is left to the MP3 path, which tells
 * MP3 from other audio from non-audio.
 */
export async function sniffContainer(filePath: string): Promise<Demuxer | undefined> {
  const handle = await open(filePath, 'r');
  try {
    const head = Buffer.alloc(12);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const bytes = head.subarray(0, bytesRead);
    const ascii = (start: number, end: number) => bytes.subarray(start, end).toString('latin1');
    if (ascii(0, 4) === 'fLaC') return 'flac';
    if (ascii(0, 4) === 'OggS') return 'ogg';
    if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'wav';
    if (ascii(4, 8) === 'ftyp') return 'mov';
    return undefined;
  } finally {
    await handle.close();
  }
}
