import { open } from 'node:fs/promises';
import type { Demuxer } from './ffmpeg-decode.js';
import { ID3V2_HEADER_BYTES, parseId3v2TagSize } from './mpeg-header.js';

/**
 * The container a file's first bytes announce, among those we accept besides MP3. Anything else
 * (MP3 with or without ID3, and every format we do not serve) is left to the MP3 path, which tells
 * MP3 from other audio from non-audio.
 */
export async function sniffContainer(filePath: string): Promise<Demuxer | undefined> {
  const handle = await open(filePath, 'r');
  try {
    const read = async (position: number, length: number) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    };
    const head = await read(0, 12);
    const ascii = (start: number, end: number) => head.subarray(start, end).toString('latin1');
    if (ascii(0, 4) === 'fLaC') return 'flac';
    if (ascii(0, 4) === 'OggS') return 'ogg';
    if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'wav';
    if (ascii(4, 8) === 'ftyp') return 'mov';
    // Some taggers put an ID3v2 tag before a FLAC's own header; music-metadata and ffmpeg skip it.
    const tagSize = parseId3v2TagSize(await read(0, ID3V2_HEADER_BYTES));
    if (tagSize !== null && (await read(tagSize, 4)).toString('latin1') === 'fLaC') return 'flac';
    return undefined;
  } finally {
    await handle.close();
  }
}
