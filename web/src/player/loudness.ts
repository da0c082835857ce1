import type { LoudnessMode } from './playback-settings';

/** Song.loudness, as the catalog gives it. */
export interface SongLoudness {
  trackGainDb: number;
  trackPeak: number;
  albumGainDb?: number | null;
  albumPeak?: number | null;
}

/**
 * The gain the player applies, in dB: the chosen ReplayGain (album gain only where the song has one),
 * lowered where needed so the song's peak stays at or below full scale (the clipping guard).
 * `albumInOrder`: the song plays as part of its album, in track order (what "auto" picks album gain for).
 */
export function appliedGainDb(
  mode: LoudnessMode,
  loudness: SongLoudness | null | undefined,
  albumInOrder: boolean,
): number {
  if (mode === 'off' || !loudness) return 0;
  const useAlbum = (mode === 'album' || (mode === 'auto' && albumInOrder)) && loudness.albumGainDb != null;
  const gainDb = useAlbum ? (loudness.albumGainDb as number) : loudness.trackGainDb;
  const peak = useAlbum ? (loudness.albumPeak ?? loudness.trackPeak) : loudness.trackPeak;
  if (!(peak > 0)) return gainDb;
  // 10^(dB/20) × peak ≤ 1  ⇔  dB ≤ -20·log10(peak)
  return Math.min(gainDb, -20 * Math.log10(peak));
}

export const dbToGain = (db: number): number => 10 ** (db / 20);
