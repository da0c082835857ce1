import type { Logger } from '@sp0t1fy/platform';
import type { AudioCodec, AudioInfo } from './audio-info.js';
import { type AudioDemuxer, measureLoudness } from './loudness-measure.js';

/** The songs row's loudness columns (migration 0009). */
export interface LoudnessColumns {
  loudness_source: 'TAGS' | 'MEASURED' | null;
  track_gain_db: number | null;
  track_peak: number | null;
  album_gain_db: number | null;
  album_peak: number | null;
  integrated_lufs: number | null;
}

const DEMUXERS: Record<AudioCodec, AudioDemuxer> = {
  MP3: 'mp3',
  FLAC: 'flac',
  AAC: 'mov',
  ALAC: 'mov',
  VORBIS: 'ogg',
  OPUS: 'ogg',
  PCM: 'wav',
};

/** ReplayGain 2.0's reference level. */
export const REFERENCE_LUFS = -18;

const UNKNOWN: LoudnessColumns = {
  loudness_source: null,
  track_gain_db: null,
  track_peak: null,
  album_gain_db: null,
  album_peak: null,
  integrated_lufs: null,
};

/**
 * The song's loudness columns: its ReplayGain tags where complete, else measured (EBU R128) over the
 * whole file. A measurement that fails leaves them null, logged: the song is still worth having.
 */
export async function uploadLoudness(
  audio: AudioInfo,
  filePath: string,
  { ffmpegPath, logger }: { ffmpegPath: string; logger: Logger },
): Promise<LoudnessColumns> {
  const tagged = audio.taggedLoudness;
  if (tagged?.trackPeak != null) {
    return {
      loudness_source: 'TAGS',
      track_gain_db: tagged.trackGainDb,
      track_peak: tagged.trackPeak,
      album_gain_db: tagged.albumGainDb,
      album_peak: tagged.albumGainDb === null ? null : (tagged.albumPeak ?? tagged.trackPeak),
      integrated_lufs: null,
    };
  }
  let measured: Awaited<ReturnType<typeof measureLoudness>>;
  try {
    measured = await measureLoudness(ffmpegPath, filePath, DEMUXERS[audio.codec], audio.durationSeconds);
  } catch (error) {
    logger.warn({ err: error, codec: audio.codec }, 'loudness measurement failed; the song is stored without it');
    return UNKNOWN;
  }
  if (tagged) {
    // A gain tag without a peak (Opus R128, a partial ReplayGain tag): the tag's gain, the measured peak.
    return {
      ...UNKNOWN,
      loudness_source: 'TAGS',
      track_gain_db: tagged.trackGainDb,
      track_peak: measured.samplePeak,
      album_gain_db: tagged.albumGainDb,
      album_peak: tagged.albumGainDb === null ? null : (tagged.albumPeak ?? measured.samplePeak),
    };
  }
  return {
    ...UNKNOWN,
    loudness_source: 'MEASURED',
    track_gain_db: REFERENCE_LUFS - measured.integratedLufs,
    track_peak: measured.samplePeak,
    integrated_lufs: measured.integratedLufs,
  };
}
