import type { PlayerSong } from './player-engine';

/** Longer songs stay on a streaming media element: a decoded buffer holds the whole song in memory. */
export const GAPLESS_MAX_SECONDS = 20 * 60;

const sameAlbum = (a: PlayerSong, b: PlayerSong) =>
  Boolean(a.album) && a.album === b.album && (a.albumArtist ?? null) === (b.albumArtist ?? null);

/**
 * Whether `next` continues `current` on its album: the next track on the same disc, or the first
 * track of the next disc. Such songs hand over without a gap and never crossfade.
 */
export function continuesAlbum(current: PlayerSong, next: PlayerSong): boolean {
  if (!sameAlbum(current, next) || current.trackNumber == null || next.trackNumber == null) return false;
  const disc = current.discNumber ?? 1;
  const nextDisc = next.discNumber ?? 1;
  if (nextDisc === disc) return next.trackNumber === current.trackNumber + 1;
  return nextDisc === disc + 1 && next.trackNumber === 1;
}

/** Gapless hand-over needs sample-exact scheduling, so both songs decode whole: short enough, at 1×. */
export function handsOverGaplessly(current: PlayerSong, next: PlayerSong, speed: number): boolean {
  return (
    speed === 1 &&
    current.durationSeconds < GAPLESS_MAX_SECONDS &&
    next.durationSeconds < GAPLESS_MAX_SECONDS &&
    continuesAlbum(current, next)
  );
}
