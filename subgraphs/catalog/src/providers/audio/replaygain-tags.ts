import type { IAudioMetadata } from 'music-metadata';

/** ReplayGain as the file's tags give it (REPLAYGAIN_* in ID3 TXXX, Vorbis comments, MP4 freeform). */
export interface TaggedLoudness {
  trackGainDb: number;
  /** Null when only Opus's R128_TRACK_GAIN is there: R128 tags carry no peak. */
  trackPeak: number | null;
  albumGainDb: number | null;
  albumPeak: number | null;
}

/** Opus's R128 gains are relative to -23 LUFS, ReplayGain 2.0's to -18: 5 dB apart. */
const R128_TO_REPLAYGAIN_DB = 5;

export function readTaggedLoudness({
  common,
  native,
}: Pick<IAudioMetadata, 'common' | 'native'>): TaggedLoudness | null {
  const finite = (value: number | undefined) => (value !== undefined && Number.isFinite(value) ? value : null);
  const trackGain = finite(common.replaygain_track_gain?.dB);
  const peak = (ratio: number | undefined) => {
    const value = finite(ratio);
    return value !== null && value >= 0 ? value : null;
  };
  const albumGain = finite(common.replaygain_album_gain?.dB);
  if (trackGain !== null) {
    return {
      trackGainDb: trackGain,
      trackPeak: peak(common.replaygain_track_peak?.ratio),
      albumGainDb: albumGain,
      albumPeak: albumGain === null ? null : peak(common.replaygain_album_peak?.ratio),
    };
  }
  const r128 = (id: string) => {
    const value = native.vorbis?.find((tag) => tag.id === id)?.value;
    // A signed Q7.8 number of dB: -512 is -2 dB.
    return typeof value === 'string' && /^-?\d{1,6}$/.test(value.trim())
      ? Number(value) / 256 + R128_TO_REPLAYGAIN_DB
      : null;
  };
  const r128Track = r128('R128_TRACK_GAIN');
  if (r128Track === null) return null;
  return { trackGainDb: r128Track, trackPeak: null, albumGainDb: r128('R128_ALBUM_GAIN'), albumPeak: null };
}
