import { badUserInput } from '@sp0t1fy/platform';
import type { TranscodeFormat } from '../media-urls.js';

/** Rates a transcode is made at: rounding to these keeps the number of kept files per song small. */
export const BITRATE_LADDER = [32, 48, 64, 96, 128, 160, 192, 256, 320] as const;
export const MAX_TRANSCODE_KBPS = 320;
export const MAX_BIT_RATE_ARGUMENT = 10_000;

export type StreamFormatArgument = 'ORIGINAL' | 'MP3' | 'OPUS' | 'AAC';

export type StreamChoice = { kind: 'original' } | { kind: 'transcode'; format: TranscodeFormat; bitrate: number };

/** What is known of the stored file: its codec (MP3, FLAC, OPUS...) when known, and its bitrate. */
export interface StreamSource {
  codec: string | null;
  bitrateKbps: number | null;
}

const DEFAULT_KBPS: Record<TranscodeFormat, number> = { mp3: 192, opus: 128, aac: 192 };

/**
 * Song.streamUrl's rules (see its description in module.graphql.ts). maxBitRate 0 or null means no
 * limit, as in Subsonic's API.
 */
export function chooseStream(
  source: StreamSource,
  format: StreamFormatArgument | null | undefined,
  maxBitRate: number | null | undefined,
): StreamChoice {
  if (maxBitRate != null && (!Number.isInteger(maxBitRate) || maxBitRate < 0 || maxBitRate > MAX_BIT_RATE_ARGUMENT)) {
    throw badUserInput(`maxBitRate is in kbit/s, from 0 (no limit) to ${MAX_BIT_RATE_ARGUMENT}`, {
      field: 'maxBitRate',
      reason: 'OUT_OF_RANGE',
    });
  }
  const limit = maxBitRate ? maxBitRate : undefined;
  if (!format || format === 'ORIGINAL') {
    // Unknown bitrate: nothing says the file is over the limit, so it is served as it is.
    if (limit === undefined || source.bitrateKbps === null || source.bitrateKbps <= limit) return { kind: 'original' };
    return { kind: 'transcode', format: 'mp3', bitrate: roundToLadder(Math.min(limit, MAX_TRANSCODE_KBPS)) };
  }
  const target = format.toLowerCase() as TranscodeFormat;
  const bitrate = roundToLadder(Math.min(limit ?? DEFAULT_KBPS[target], MAX_TRANSCODE_KBPS));
  if (source.codec === format && source.bitrateKbps !== null && source.bitrateKbps <= bitrate) {
    return { kind: 'original' };
  }
  return { kind: 'transcode', format: target, bitrate };
}

/** Down to the next rung (a limit is a limit); below the lowest, the lowest. */
export function roundToLadder(kbps: number): number {
  let chosen: number = BITRATE_LADDER[0];
  for (const rung of BITRATE_LADDER) if (rung <= kbps) chosen = rung;
  return chosen;
}

export const isLadderRate = (kbps: number): boolean => (BITRATE_LADDER as readonly number[]).includes(kbps);
