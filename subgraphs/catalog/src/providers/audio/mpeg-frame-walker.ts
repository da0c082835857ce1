/**
 * Walks the MPEG Layer III frames of a file by their headers alone (no decoding), to tell real MP3
 * audio from data that merely starts with a frame sync. music-metadata is lenient by design: it scans
 * for any sync word and reports whatever it finds (sync-then-noise.mp3 comes out as 21 ms of AAC),
 * so acceptance must not rest on it alone.
 *
 * A frame is trusted only when it is the start of a run of back-to-back frames: each header's
 * computed length must land exactly on the next valid, same-stream header. Random bytes pass one
 * header check with a probability around 1/20000, so a run of several is not an accident.
 */
import { type FileHandle, open } from 'node:fs/promises';
import {
  ID3V2_HEADER_BYTES,
  isSameStream,
  MPEG_HEADER_BYTES,
  type MpegFrameHeader,
  parseId3v2TagSize,
  parseMpegFrameHeader,
} from './mpeg-header.js';

/** Frames needed back-to-back before the first frame is believed (~0.1 s of MPEG-1 audio). */
export const MIN_FIRST_RUN = 4;
/** After losing sync mid-file, frames needed to believe a new position (decoders resync the same way). */
const MIN_RESYNC_RUN = 3;
/** How far past the ID3v2 tag(s) the first frame may start; real files sometimes pad with zeros. */
export const MAX_LEADING_JUNK = 8 * 1024;

/** Read at once; 1 MiB makes a 200 MB file 200 reads on the thread pool. */
export const WINDOW_BYTES = 1024 * 1024;
const SCAN_CHUNK_BYTES = 4 * 1024;

export interface MpegScan {
  fileSize: number;
  /** Offset just after the leading ID3v2 tag(s); may exceed fileSize when a tag is truncated. */
  audioStart: number;
  /** Whether the bytes at audioStart are a Layer III frame header (even if nothing valid follows). */
  headerAtAudioStart: boolean;
  /** First frame of the first trusted run, or null when the file has none. */
  firstFrame: (MpegFrameHeader & { offset: number }) | null;
  /** Complete frames in all trusted runs (a Xing/Info frame counts as one). */
  frameCount: number;
  /** frameCount converted to seconds: what a decoder would actually play. */
  durationSeconds: number;
  /** Bytes after the first frame that are not in any trusted run (trailing tags, junk, damage). */
  unframedBytes: number;
}

export async function scanMpegFile(filePath: string): Promise<MpegScan> {
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    return await scan(new FileWindow(handle, size), size);
  } finally {
    await handle.close();
  }
}

async function scan(win: FileWindow, size: number): Promise<MpegScan> {
  const audioStart = await skipId3v2Tags(win);
  const headerAtAudioStart = (await headerAt(win, audioStart)) !== null;
  const result: MpegScan = {
    fileSize: size,
    audioStart,
    headerAtAudioStart,
    firstFrame: null,
    frameCount: 0,
    durationSeconds: 0,
    unframedBytes: 0,
  };

  const start = await findRun(win, audioStart, Math.min(audioStart + MAX_LEADING_JUNK, size), MIN_FIRST_RUN);
  if (start === -1) return result;
  const first = (await headerAt(win, start))!;
  result.firstFrame = { ...first, offset: start };

  let pos = start;
  for (;;) {
    pos = walkWindow(win.bytesFrom(pos) ?? (await win.load(pos)), pos, first, result);
    // The frame that did not fit in the window, or the end of the run: checked the slow way.
    const header = await headerAt(win, pos);
    if (header && isSameStream(header, first) && pos + header.frameLength <= size) {
      result.frameCount++;
      pos += header.frameLength;
      continue;
    }
    const next = await findRun(win, pos + 1, size, MIN_RESYNC_RUN, first);
    result.unframedBytes += (next === -1 ? size : next) - pos;
    if (next === -1) break;
    pos = next;
  }
  result.durationSeconds = (result.frameCount * first.samplesPerFrame) / first.sampleRateHz;
  return result;
}

/**
 * Counts the back-to-back frames of the stream that lie wholly in `bytes` (the file from `pos` on)
 * and returns where they stop. The same test as the walk's slow path, without a read or a promise
 * per frame: a long file is a few hundred thousand frames, and awaiting each one cost more CPU than
 * reading the file.
 */
function walkWindow(bytes: Buffer, pos: number, first: MpegFrameHeader, result: MpegScan): number {
  let offset = 0;
  for (;;) {
    const header = parseMpegFrameHeader(bytes, offset);
    if (!header || !isSameStream(header, first) || offset + header.frameLength > bytes.length) return pos + offset;
    result.frameCount++;
    offset += header.frameLength;
  }
}

/** Skips consecutive ID3v2 tags (some taggers stack them) and returns where the audio should start. */
async function skipId3v2Tags(win: FileWindow): Promise<number> {
  let pos = 0;
  for (;;) {
    const bytes = await win.at(pos, ID3V2_HEADER_BYTES);
    const tagSize = bytes && parseId3v2TagSize(bytes);
    if (!tagSize) return pos;
    pos += tagSize;
  }
}

async function headerAt(win: FileWindow, pos: number): Promise<MpegFrameHeader | null> {
  const bytes = await win.at(pos, MPEG_HEADER_BYTES);
  return bytes && parseMpegFrameHeader(bytes);
}

/** Number of complete back-to-back frames of one stream at pos, counting at most `limit`. */
async function runLength(win: FileWindow, pos: number, limit: number, ref?: MpegFrameHeader): Promise<number> {
  let count = 0;
  while (count < limit) {
    const header = await headerAt(win, pos);
    if (!header || (ref && !isSameStream(header, ref)) || pos + header.frameLength > win.size) break;
    ref ??= header;
    pos += header.frameLength;
    count++;
  }
  return count;
}

/** First offset in [from, to) that starts a run of at least minRun frames, or -1. */
async function findRun(win: FileWindow, from: number, to: number, minRun: number, ref?: MpegFrameHeader) {
  for (let pos = await nextFF(win, from, to); pos !== -1; pos = await nextFF(win, pos + 1, to)) {
    if ((await runLength(win, pos, minRun, ref)) >= minRun) return pos;
  }
  return -1;
}

/** Jumps to the next 0xFF byte (every frame starts with one) instead of testing each offset. */
async function nextFF(win: FileWindow, from: number, to: number): Promise<number> {
  for (let pos = from; pos < to; ) {
    const chunk = await win.at(pos, Math.min(SCAN_CHUNK_BYTES, to - pos));
    if (!chunk) return -1;
    const i = chunk.indexOf(0xff);
    if (i !== -1) return pos + i;
    pos += chunk.length;
  }
  return -1;
}

/**
 * A sliding read-ahead window, so walking a long file costs one read per 1 MiB rather than one per
 * frame, and memory stays constant whatever the file size. Returned views are valid only until the
 * next call.
 */
class FileWindow {
  private readonly buf = Buffer.alloc(WINDOW_BYTES);
  private base = 0;
  private length = 0;

  constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  async at(pos: number, n: number): Promise<Buffer | null> {
    if (pos < 0 || n > WINDOW_BYTES || pos + n > this.size) return null;
    if (pos < this.base || pos + n > this.base + this.length) {
      if ((await this.load(pos)).length < n) return null; // file shrank since stat
    }
    return this.buf.subarray(pos - this.base, pos - this.base + n);
  }

  /** The bytes already in the window from `pos` on, or null when `pos` is not in it. */
  bytesFrom(pos: number): Buffer | null {
    if (pos < this.base || pos >= this.base + this.length) return null;
    return this.buf.subarray(pos - this.base, this.length);
  }

  /** Moves the window to start at `pos` and returns its bytes (empty at or past the end of the file). */
  async load(pos: number): Promise<Buffer> {
    // Never past the size the walk was given, even if the file grew since.
    const wanted = Math.max(0, Math.min(WINDOW_BYTES, this.size - pos));
    const { bytesRead } = wanted ? await this.handle.read(this.buf, 0, wanted, pos) : { bytesRead: 0 };
    this.base = pos;
    this.length = bytesRead;
    return this.buf.subarray(0, bytesRead);
  }
}
