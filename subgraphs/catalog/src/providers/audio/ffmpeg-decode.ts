import { runFfmpeg } from '../ffmpeg/run-ffmpeg.js';

/** ffmpeg's demuxer for each container we accept besides MP3: named, so ffmpeg never guesses. */
export type Demuxer = 'flac' | 'ogg' | 'mov' | 'wav';

export interface DecodedSlice {
  /** The input's streams in order, such as "Audio: aac" or "Video: png": what the container holds. */
  streams: string[];
  /** The codec of the first audio stream as ffmpeg names it (aac, alac, flac, vorbis, opus, pcm_s16le...). */
  audioCodec: string | undefined;
  /** Seconds of audio actually decoded from the slice. */
  decodedSeconds: number;
  /** ffmpeg's error and fatal messages: a clean decode has none. */
  errors: string[];
}

/** Decoded to 8 kHz mono 16-bit: enough to count how much audio came out, cheap to produce. */
const OUTPUT_RATE = 8000;
const OUTPUT_BYTES_PER_SECOND = OUTPUT_RATE * 2;
/** Far above what a few seconds of audio takes even on a busy machine; a hung ffmpeg is a bug, not a bad file. */
const TIMEOUT_MS = 30_000;
const MAX_LOG_CHARS = 64 * 1024;

/**
 * Decodes one bounded slice of the file's first audio stream, reading only what that slice needs
 * (ffmpeg seeks with the container's index, or bisects), and reports what came out. The child is
 * killed on every path out: timeout, spawn failure, or the caller's error.
 */
export async function decodeSlice(
  ffmpegPath: string,
  filePath: string,
  demuxer: Demuxer,
  slice: { startSeconds: number; seconds: number },
  { timeoutMs = TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<DecodedSlice> {
  const args = ['-hide_banner', '-nostdin', '-nostats', '-loglevel', 'repeat+level+info'];
  if (slice.startSeconds > 0) args.push('-ss', slice.startSeconds.toFixed(3));
  args.push('-t', slice.seconds.toFixed(3), '-f', demuxer, '-i', filePath);
  args.push('-map', '0:a:0', '-vn', '-sn', '-dn', '-ac', '1', '-ar', String(OUTPUT_RATE), '-f', 's16le', 'pipe:1');

  const { log, stdoutBytes } = await runFfmpeg(ffmpegPath, args, {
    timeoutMs,
    maxLogChars: MAX_LOG_CHARS,
    keepLog: 'head',
  });
  return readLog(log, stdoutBytes);
}

function readLog(log: string, outputBytes: number): DecodedSlice {
  const lines = log.split(/\r?\n/);
  // Input streams are listed before "Stream mapping:"; the output's, listed after, look the same.
  const mapping = lines.findIndex((line) => line.includes('] Stream mapping:'));
  const inputLines = mapping === -1 ? lines : lines.slice(0, mapping);
  const streams = inputLines.flatMap((line) => {
    const match = /\]\s+Stream #0:\d+\S*: (Audio|Video|Subtitle|Data|Attachment): ([\w-]+)/.exec(line);
    return match ? [`${match[1]}: ${match[2]}`] : [];
  });
  const audio = streams.find((stream) => stream.startsWith('Audio: '));
  const errors = lines.filter((line) => /\[(error|fatal|panic)\]/.test(line)).map((line) => line.trim());
  return {
    streams,
    audioCodec: audio?.slice('Audio: '.length),
    decodedSeconds: outputBytes / OUTPUT_BYTES_PER_SECOND,
    errors,
  };
}
