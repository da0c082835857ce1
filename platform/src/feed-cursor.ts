import { type Kysely, sql, type Transaction } from 'kysely';
import type { FeedEvent, FeedReplica } from './feed-follower.js';

/**
 * A follower's copy of a feed in its own database, beside a one-row cursor table (`last_seq`): each
 * page's new events are applied and the cursor advanced in one transaction. The cursor row is locked,
 * so instances following the same feed take turns and skip what another already applied.
 * `applyNew` gets the events newer than the cursor, oldest first.
 */
export function createFeedReplica<DB, Event extends FeedEvent>(
  db: Kysely<DB>,
  cursorTable: string,
  applyNew: (trx: Transaction<DB>, events: Event[]) => Promise<void>,
): FeedReplica<Event> {
  const table = sql.table(cursorTable);
  const readCursor = async (executor: Kysely<DB>, lock: boolean) => {
    const { rows } = await sql<{ last_seq: string | number }>`
      select last_seq from ${table} ${lock ? sql`for update` : sql``}
    `.execute(executor);
    if (!rows[0]) throw new Error(`${cursorTable} has no row`);
    return Number(rows[0].last_seq);
  };
  return {
    cursor: () => readCursor(db, false),
    apply: (events) =>
      db.transaction().execute(async (trx) => {
        const cursor = await readCursor(trx, true);
        const fresh = events.filter((event) => event.seq > cursor).sort((a, b) => a.seq - b.seq);
        const last = fresh.at(-1);
        if (!last) return { applied: 0, cursor };
        await applyNew(trx, fresh);
        await sql`update ${table} set last_seq = ${last.seq}`.execute(trx);
        return { applied: fresh.length, cursor: last.seq };
      }),
  };
}

/** The one-row cursor table `createFeedReplica` reads and moves, at 0 (nothing applied yet); for migrations. */
export async function createFeedCursorTable(db: Kysely<unknown>, cursorTable: string): Promise<void> {
  const table = sql.table(cursorTable);
  await sql`
    create table ${table} (
      id boolean primary key default true check (id),
      last_seq bigint not null default 0
    )
  `.execute(db);
  await sql`insert into ${table} (id, last_seq) values (true, 0)`.execute(db);
}
