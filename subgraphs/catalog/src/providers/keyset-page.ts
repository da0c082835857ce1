import { type Expression, type Kysely, type Selectable, type SqlBool, sql } from 'kysely';
import type { CatalogDatabase } from '../database.js';
import { decodeCursor, encodeCursor } from './list-cursor.js';

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  hasNextPage: boolean;
  endCursor: string | null;
  /** 0 when the caller asked not to count. */
  totalCount: number;
}

interface KeysetCursor {
  keys: Array<string | number>;
  list: string;
}

export interface KeysetPageOptions<Table extends 'albums' | 'artists'> {
  table: Table;
  conditions: Expression<SqlBool>[];
  /** Ordered by, all one way, unique together: exactly an index's columns. */
  keys: ReadonlyArray<keyof CatalogDatabase[Table] & string>;
  descending: boolean;
  first: number;
  after: string | null | undefined;
  /** Rows skipped before the page (offset paging); 0 with a cursor. */
  offset?: number;
  /**
   * A new random order instead of the keys' (cursors cannot continue it, so only offset pages it).
   * The keys still name each row's cursor.
   */
  random?: boolean;
  /** The list's fingerprint (listFingerprint): a cursor only continues its own list. */
  list: string;
  /** For the refusal of another list's cursor: "list of albums". */
  listName: string;
  count: boolean;
}

/**
 * A page of a summary table in keyset order, from the cursor on, and (when asked) how many rows
 * match: at most two statements, however deep the page.
 */
export async function keysetPage<Table extends 'albums' | 'artists'>(
  db: Kysely<CatalogDatabase>,
  options: KeysetPageOptions<Table>,
): Promise<Page<Selectable<CatalogDatabase[Table]>>> {
  const { table, conditions, keys, descending, first, list, offset = 0, random = false } = options;
  const after = options.after
    ? decodeCursor<KeysetCursor>(
        options.after,
        list,
        (cursor) =>
          Array.isArray(cursor.keys) &&
          cursor.keys.length === keys.length &&
          cursor.keys.every((key) => typeof key === 'string' || Number.isSafeInteger(key)),
        options.listName,
      )
    : null;
  const where = sql.join(conditions.length ? conditions : [sql<SqlBool>`true`], sql` and `);
  const direction = sql.raw(descending ? 'desc' : 'asc');
  const columns = sql.join(keys.map((key) => sql.ref(key)));
  const { rows } = await sql<Selectable<CatalogDatabase[Table]>>`
    select * from ${sql.table(table)}
    where ${where} ${after ? sql`and (${columns}) ${sql.raw(descending ? '<' : '>')} (${sql.join(after.keys)})` : sql``}
    order by ${random ? sql`random()` : sql.join(keys.map((key) => sql`${sql.ref(key)} ${direction}`))}
    limit ${first + 1} offset ${offset}
  `.execute(db);
  const count = options.count
    ? (await sql<{ count: number }>`select count(*) as count from ${sql.table(table)} where ${where}`.execute(db))
        .rows[0]?.count
    : 0;
  const edges = rows.slice(0, first).map((node) => ({
    cursor: encodeCursor({ keys: keys.map((key) => keyValue((node as Record<string, unknown>)[key])), list }),
    node,
  }));
  return {
    edges,
    hasNextPage: rows.length > first,
    endCursor: edges.at(-1)?.cursor ?? null,
    totalCount: Number(count ?? 0),
  };
}

/** bigint columns may arrive as strings or bigints from some drivers; cursors keep numbers. */
const keyValue = (value: unknown): string | number =>
  typeof value === 'number' || typeof value === 'string' ? value : Number(value);
