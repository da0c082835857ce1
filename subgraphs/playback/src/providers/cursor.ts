import { badUserInput } from '@sp0t1fy/platform';

const PREFIX = 'PlaybackEvent:';

/** Opaque to clients: the event a page ended with. */
export const encodeCursor = (eventId: number) => Buffer.from(`${PREFIX}${eventId}`).toString('base64url');

export function decodeCursor(cursor: string | null | undefined): number | null {
  if (cursor === null || cursor === undefined) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = decoded.startsWith(PREFIX) ? Number(decoded.slice(PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(id) || id <= 0)
    throw badUserInput('after is not a cursor from this list', { field: 'after' });
  return id;
}
