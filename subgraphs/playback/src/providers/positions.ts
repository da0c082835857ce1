import { badUserInput } from '@sp0t1fy/platform';

/** No song is a day long: a position beyond this is a client bug, not something to clamp. */
export const MAX_POSITION_SECONDS = 24 * 60 * 60;

/** A client's position: null when omitted; negative, non-finite or absurd values are refused. */
export function validatePosition(position: number | null | undefined): number | null {
  if (position === null || position === undefined) return null;
  if (!Number.isFinite(position)) throw badUserInput('positionSeconds must be a number', { field: 'positionSeconds' });
  if (position < 0) throw badUserInput('positionSeconds cannot be negative', { field: 'positionSeconds' });
  if (position > MAX_POSITION_SECONDS) {
    throw badUserInput(`positionSeconds cannot exceed ${MAX_POSITION_SECONDS} (a day)`, { field: 'positionSeconds' });
  }
  return position;
}

/** The length used for clamping and caps; a song the feed described without one gets the longest allowed. */
export const effectiveDuration = (durationSeconds: number | null) =>
  durationSeconds !== null && durationSeconds > 0 ? durationSeconds : MAX_POSITION_SECONDS;
