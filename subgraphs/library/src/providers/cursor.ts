import { badUserInput, isUuid } from '@sp0t1fy/platform';

/**
 * Opaque to clients: a list's name and the number its page ended at (a favourite's id, an entry's
 * position), so a cursor only continues the kind of list it came from.
 */
export const encodeCursor = (list: string, value: number) => Buffer.from(`${list}:${value}`).toString('base64url');

export function decodeCursor(list: string, cursor: string | null | undefined): number | null {
  if (cursor === null || cursor === undefined) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const value = decoded.startsWith(`${list}:`) ? Number(decoded.slice(list.length + 1)) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw badUserInput('after is not a cursor from this list', { field: 'after' });
  }
  return value;
}

/** The same for lists continued after a row with a UUID (a playlist). */
export const encodeIdCursor = (list: string, id: string) => Buffer.from(`${list}:${id}`).toString('base64url');

export function decodeIdCursor(list: string, cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = decoded.startsWith(`${list}:`) ? decoded.slice(list.length + 1) : '';
  if (!isUuid(id)) throw badUserInput('after is not a cursor from this list', { field: 'after' });
  return id;
}

/** A page's pageInfo: the cursor of its last row, for the next page to continue after (null when empty). */
export function pageInfoOf<Row>(rows: readonly Row[], hasNextPage: boolean, cursorOf: (row: Row) => string) {
  const last = rows.at(-1);
  return { hasNextPage, endCursor: last ? cursorOf(last) : null };
}
