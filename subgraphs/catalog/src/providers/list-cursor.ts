import { createHash } from 'node:crypto';
import { badUserInput } from '@sp0t1fy/platform';

/**
 * Opaque keyset cursors: where a page ended (its last row's sort key) and a fingerprint of the list
 * it belongs to (query, filters, sort), so a cursor only continues the list it came from.
 */
export const listFingerprint = (list: unknown): string =>
  createHash('sha256').update(JSON.stringify(list)).digest('base64url').slice(0, 10);

export const encodeCursor = <T extends { list: string }>(cursor: T): string =>
  Buffer.from(JSON.stringify(cursor)).toString('base64url');

/** The cursor, if it is one `isValid` accepts and it belongs to `list`; BAD_USER_INPUT otherwise. */
export function decodeCursor<T extends { list: string }>(
  value: string,
  list: string,
  isValid: (cursor: Record<string, unknown>) => boolean,
  /** What the list is, for the refusal: "search", "list of albums". */
  listName = 'list',
): T {
  const invalid = () => badUserInput('This cursor is not valid; start from the first page again', { field: 'after' });
  let cursor: unknown;
  try {
    cursor = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof cursor !== 'object' || cursor === null || !isValid(cursor as Record<string, unknown>)) throw invalid();
  if ((cursor as { list?: unknown }).list !== list) {
    throw badUserInput(`This cursor belongs to a different ${listName}; start from the first page again`, {
      field: 'after',
    });
  }
  return cursor as T;
}

/** `first` as every list takes it: 1 to `max`. */
export function pageSize(
  first: number | null | undefined,
  { fallback, max }: { fallback: number; max: number },
  what: string,
) {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw badUserInput(`Ask for 1 to ${max} ${what} at a time`, { field: 'first' });
  }
  return size;
}

/** Deeper than this, offset paging would read past too many rows for one request. */
export const MAX_OFFSET = 100_000;

/**
 * `offset` as every list takes it (offset paging, as Subsonic's clients page): 0 to MAX_OFFSET,
 * never together with a cursor, which already says where the page starts.
 */
export function pageOffset(offset: number | null | undefined, after: string | null | undefined, what: string): number {
  if (offset === null || offset === undefined) return 0;
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
    throw badUserInput(`Skip 0 to ${MAX_OFFSET} ${what}`, { field: 'offset' });
  }
  if (after) throw badUserInput('Continue from either a cursor (after) or an offset, not both', { field: 'offset' });
  return offset;
}
