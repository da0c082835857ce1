import { type FfmpegRun, runFfmpeg } from '../ffmpeg/run-ffmpeg.js';
import type { Demuxer } from './ffmpeg-decode.js';

/** ffmpeg's demuxer for each stored format, MP3 included (named, so ffmpeg never guesses). */
export type AudioDemuxer = Demuxer | 'mp3';

export interface MeasuredLoudness {
  /** EBU R128 integrated loudness, LUFS. */
  integratedLufs: number;
  /** Linear sample peak, 1.0 = full scale. */
  samplePeak: number;
}

/** The whole file is decoded; even a slow, shared machine decodes far faster than real time. */
const BASE_TIMEOUT_MS = 30_000;
const TIMEOUT_MS_PER_AUDIO_SECOND = 250;
/** The summary is the last thing ffmpeg prints: only the tail of its log is kept. */
const MAX_LOG_CHARS = 16 * 1024;
/** ebur128's floor: silence (or nearly) reads as -70 LUFS, which has no meaningful gain. */
const SILENCE_LUFS = -70;

export class LoudnessMeasurementError extends Error {
  override readonly name = 'LoudnessMeasurementError';
}

/**
 * Decodes the whole first audio stream through ffmpeg's ebur128 filter and reads its summary. The
 * child is killed on every path out (timeout, spawn failure); any failure rejects with
 * LoudnessMeasurementError, which the upload logs and survives.
 */
export async function measureLoudness(
  ffmpegPath: string,
  filePath: string,
  demuxer: AudioDemuxer,
  durationSeconds: number,
): Promise<MeasuredLoudness> {
  const timeoutMs = BASE_TIMEOUT_MS + Math.ceil(durationSeconds * TIMEOUT_MS_PER_AUDIO_SECOND);
  const args = ['-hide_banner', '-nostdin', '-nostats', '-f', demuxer, '-i', filePath];
  // framelog=verbose keeps the per-100-ms lines out of the info-level log; the summary stays.
  args.push('-map', '0:a:0', '-vn', '-sn', '-dn', '-af', 'ebur128=peak=sample:framelog=verbose', '-f', 'null', '-');

  let run: FfmpegRun;
  try {
    run = await runFfmpeg(ffmpegPath, args, { timeoutMs, maxLogChars: MAX_LOG_CHARS, keepLog: 'tail' });
  } catch (error) {
    throw new LoudnessMeasurementError(`ffmpeg did not measure ${durationSeconds} s of audio`, { cause: error });
  }
  const summary = run.code === 0 ? parseSummary(run.log) : null;
  if (!summary) {
    throw new LoudnessMeasurementError(
      `ffmpeg's loudness measurement failed (exit ${run.code}): ${run.log.slice(-300)}`,
    );
  }
  return summary;
}

/** The "Summary:" block: "I: -20.0 LUFS" and, under "Sample peak:", "Peak: -6.0 dBFS" (or -inf). */
export function parseSummary(log: string): MeasuredLoudness | null {
  const summary = log.slice(log.lastIndexOf('Summary:'));
  const integrated = /\bI:\s+(-?\d+(?:\.\d+)?) LUFS/.exec(summary);
  const peak = /Sample peak:\s+Peak:\s+(-?(?:\d+(?:\.\d+)?|inf)) dBFS/.exec(summary);
  if (!integrated || !peak) return null;
  const integratedLufs = Number(integrated[1]);
  if (!(integratedLufs > SILENCE_LUFS)) return null;
  const peakDb = peak[1] === '-inf' ? Number.NEGATIVE_INFINITY : Number(peak[1]);
  return { integratedLufs, samplePeak: 10 ** (peakDb / 20) };
}
