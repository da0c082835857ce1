import { randomUUID } from 'node:crypto';
import { badUserInput, conflict, notFound } from '@sp0t1fy/platform';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { LibraryDatabase, SmartPlaylistsTable } from '../database.js';
import { SMART_PLAYLISTS_PER_USER } from './limits.js';

export type SmartPlaylistRow = Selectable<SmartPlaylistsTable>;

export interface SmartPlaylistDetails {
  name: string;
  description: string | null;
  /** rulesJson of validated rules. */
  rules: Record<string, unknown>;
}

/** Smart playlists are private: another user's answers like an unknown id, so its existence is not revealed. */
const unknownSmartPlaylist = () => notFound('There is no smart playlist with this id', { field: 'id' });

/** Smart playlists' rows. Every write checks the owner and the version under a row lock, like playlists. */
export function createSmartPlaylists(db: Kysely<LibraryDatabase>) {
  return {
    async create(ownerId: string, details: SmartPlaylistDetails): Promise<SmartPlaylistRow> {
      // Counted and inserted under the owner's lock, so concurrent creates cannot pass the limit together.
      return db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(hashtext(${ownerId}))`.execute(trx);
        const { count } = await trx
          .selectFrom('smart_playlists')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .where('owner_id', '=', ownerId)
          .executeTakeFirstOrThrow();
        if (Number(count) >= SMART_PLAYLISTS_PER_USER) {
          throw badUserInput(`A user has at most ${SMART_PLAYLISTS_PER_USER} smart playlists`, { field: 'input' });
        }
        return trx
          .insertInto('smart_playlists')
          .values({ id: randomUUID(), owner_id: ownerId, ...details, rules: JSON.stringify(details.rules) })
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    },

    /** The owner's smart playlist, else NOT_FOUND. */
    async owned(id: string, ownerId: string): Promise<SmartPlaylistRow> {
      const row = await db.selectFrom('smart_playlists').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row || row.owner_id !== ownerId) throw unknownSmartPlaylist();
      return row;
    },

    async update(
      id: string,
      guard: { actorId: string; expectedVersion?: number | null | undefined },
      details: SmartPlaylistDetails,
    ): Promise<SmartPlaylistRow> {
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('smart_playlists')
          .selectAll()
          .where('id', '=', id)
          .forUpdate()
          .executeTakeFirst();
        if (!row || row.owner_id !== guard.actorId) throw unknownSmartPlaylist();
        const expected = guard.expectedVersion;
        if (expected !== null && expected !== undefined && expected !== row.version) {
          throw conflict(`The smart playlist has changed (version ${row.version}); reload it and try again`, {
            field: 'expectedVersion',
            version: row.version,
          });
        }
        return trx
          .updateTable('smart_playlists')
          .set({ ...details, rules: JSON.stringify(details.rules), version: sql`version + 1`, updated_at: sql`now()` })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    },

    async delete(id: string, ownerId: string): Promise<void> {
      const deleted = await db
        .deleteFrom('smart_playlists')
        .where('id', '=', id)
        .where('owner_id', '=', ownerId)
        .executeTakeFirst();
      if (Number(deleted.numDeletedRows) === 0) throw unknownSmartPlaylist();
    },

    /** A user's smart playlists, newest first (a user has few: no paging). */
    list(ownerId: string): Promise<SmartPlaylistRow[]> {
      return db
        .selectFrom('smart_playlists')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(SMART_PLAYLISTS_PER_USER)
        .execute();
    },
  };
}

export type SmartPlaylists = ReturnType<typeof createSmartPlaylists>;
