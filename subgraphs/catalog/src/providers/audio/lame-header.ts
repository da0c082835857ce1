/**
 * Gapless information from the Xing/Info frame that LAME (and ffmpeg's libmp3lame muxer) writes as
 * the first MP3 frame: its frame count, and the LAME tag's encoder delay and padding, 12 bits each.
 * http://gabriel.mp3-tech.org/mp3infotag.html
 */
import { open } from 'node:fs/promises';
import type { MpegFrameHeader } from './mpeg-header.js';

export interface GaplessSamples {
  encoderDelaySamples: number;
  paddingSamples: number;
  /** Per channel, after trimming; null when the header gives no frame count. */
  totalSamples: number | null;
}

const FRAMES_FLAG = 0x1;
const BYTES_FLAG = 0x2;
const TOC_FLAG = 0x4;
const QUALITY_FLAG = 0x8;
/** The LAME tag: a 9-byte encoder string, then fields; delay and padding at bytes 21..23. */
const LAME_TAG_BYTES = 36;
const DELAY_PADDING_OFFSET = 21;

/** Null when the first frame is no Xing/Info frame, or carries no LAME tag (no delay to trust). */
export async function readLameGapless(
  filePath: string,
  firstFrame: MpegFrameHeader & { offset: number },
): Promise<GaplessSamples | null> {
  const handle = await open(filePath, 'r');
  try {
    const frame = Buffer.alloc(firstFrame.frameLength);
    const { bytesRead } = await handle.read(frame, 0, frame.length, firstFrame.offset);
    return parseLameGapless(frame.subarray(0, bytesRead), firstFrame);
  } finally {
    await handle.close();
  }
}

export function parseLameGapless(frame: Buffer, header: MpegFrameHeader): GaplessSamples | null {
  // The Xing tag follows the 4-byte header and the side information, whose size depends on the
  // MPEG version and the channel mode.
  const sideInfo = header.version === 1 ? (header.channels === 1 ? 17 : 32) : header.channels === 1 ? 9 : 17;
  let pos = 4 + sideInfo;
  const magic = frame.toString('latin1', pos, pos + 4);
  if (magic !== 'Xing' && magic !== 'Info') return null;
  if (pos + 8 > frame.length) return null;
  const flags = frame.readUInt32BE(pos + 4);
  pos += 8;
  let frames: number | null = null;
  if (flags & FRAMES_FLAG) {
    if (pos + 4 > frame.length) return null;
    frames = frame.readUInt32BE(pos);
    pos += 4;
  }
  if (flags & BYTES_FLAG) pos += 4;
  if (flags & TOC_FLAG) pos += 100;
  if (flags & QUALITY_FLAG) pos += 4;
  if (pos + LAME_TAG_BYTES > frame.length) return null;
  const encoder = frame.toString('latin1', pos, pos + 4);
  // LAME and its forks (Lavc/Lavf write "Lavc" or "Lavf", GOGO...) all use the same layout; an
  // encoder string of zeros means no LAME tag at all.
  if (!/^[A-Za-z]{4}$/.test(encoder)) return null;
  const b = pos + DELAY_PADDING_OFFSET;
  const encoderDelaySamples = (frame[b]! << 4) | (frame[b + 1]! >> 4);
  const paddingSamples = ((frame[b + 1]! & 0x0f) << 8) | frame[b + 2]!;
  const total = frames === null ? null : frames * header.samplesPerFrame - encoderDelaySamples - paddingSamples;
  return { encoderDelaySamples, paddingSamples, totalSamples: total !== null && total >= 0 ? total : null };
}
