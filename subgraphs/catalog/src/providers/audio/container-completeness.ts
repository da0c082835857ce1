import { open } from 'node:fs/promises';

/**
 * Whether a WAV or Ogg file still holds everything it was written with. Neither format's header
 * states a length that music-metadata trusts over the file (for WAV it falls back to the file's
 * size, for Ogg it reads the last page there is), so a file cut in half would otherwise pass as a
 * shorter, intact one.
 */
export async function isComplete(filePath: string, container: 'wav' | 'ogg'): Promise<boolean> {
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    const read = async (position: number, length: number) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      await handle.read(buffer, 0, buffer.length, position);
      return buffer;
    };
    if (container === 'wav') return await wavDataIsWhole(read, size);
    return oggEndsWithLastPage(await read(Math.max(0, size - OGG_TAIL), OGG_TAIL));
  } finally {
    await handle.close();
  }
}

/**
 * The data chunk's size must fit in the file. A writer that could not seek back (a pipe) leaves 0 or
 * 0xFFFFFFFF there; such a file cannot be told from a cut one, so it is refused too.
 */
async function wavDataIsWhole(read: (position: number, length: number) => Promise<Buffer>, size: number) {
  let offset = 12;
  while (offset + 8 <= size) {
    const header = await read(offset, 8);
    const id = header.toString('latin1', 0, 4);
    const length = header.readUInt32LE(4);
    if (id === 'data') return length > 0 && offset + 8 + length <= size;
    offset += 8 + length + (length % 2);
  }
  return false;
}

/** The largest Ogg page: a 27-byte header, 255 lacing values, 255 × 255 bytes of segments. */
const OGG_TAIL = 27 + 255 + 255 * 255;

/** A whole Ogg stream ends with a complete page flagged end-of-stream, right at the end of the file. */
function oggEndsWithLastPage(tail: Buffer): boolean {
  for (let at = tail.lastIndexOf('OggS'); at >= 0; at = at > 0 ? tail.lastIndexOf('OggS', at - 1) : -1) {
    if (at + 27 > tail.length) continue;
    const segments = tail[at + 26] ?? 0;
    if (at + 27 + segments > tail.length) continue;
    let length = 27 + segments;
    for (let i = 0; i < segments; i++) length += tail[at + 27 + i] ?? 0;
    if (at + length === tail.length) return ((tail[at + 5] ?? 0) & 0x04) !== 0;
  }
  return false;
}
