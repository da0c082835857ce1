import { SMART_SONGS_LIMITS } from '@sp0t1fy/platform';
import type { Kysely } from 'kysely';
import type { FavouriteKind, LibraryDatabase } from '../database.js';

export interface FavouriteRow {
  id: number;
  kind: FavouriteKind;
  target_id: string;
  starred_at: Date;
}

/** Each user's starred songs, albums and artists; callers check the ids exist and who may see what. */
export function createFavourites(db: Kysely<LibraryDatabase>) {
  return {
    /** Idempotent: starring again keeps the first starredAt. */
    async star(userId: string, kind: FavouriteKind, targetId: string): Promise<void> {
      await db
        .insertInto('favourites')
        .values({ user_id: userId, kind, target_id: targetId })
        .onConflict((conflict) => conflict.columns(['user_id', 'kind', 'target_id']).doNothing())
        .execute();
    },

    async unstar(userId: string, kind: FavouriteKind, targetId: string): Promise<void> {
      await db
        .deleteFrom('favourites')
        .where('user_id', '=', userId)
        .where('kind', '=', kind)
        .where('target_id', '=', targetId)
        .execute();
    },

    /** Which of `targetIds` (valid UUIDs) the user starred, and when, in one statement. */
    async starred(userId: string, kind: FavouriteKind, targetIds: readonly string[]): Promise<Map<string, Date>> {
      const rows = await db
        .selectFrom('favourites')
        .select(['target_id', 'starred_at'])
        .where('user_id', '=', userId)
        .where('kind', '=', kind)
        .where('target_id', 'in', [...new Set(targetIds)])
        .execute();
      return new Map(rows.map((row) => [row.target_id, row.starred_at]));
    },

    /** Every song the user starred, for smart playlists' starred condition (at most SMART_SONGS_LIMITS.idsPerSet). */
    async starredSongIds(userId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('favourites')
        .select('target_id')
        .where('user_id', '=', userId)
        .where('kind', '=', 'SONG')
        .limit(SMART_SONGS_LIMITS.idsPerSet)
        .execute();
      return rows.map((row) => row.target_id);
    },

    /** Newest starred first, after the favourite `afterId` when given. */
    async page(userId: string, kind: FavouriteKind, afterId: number | null, first: number) {
      let query = db
        .selectFrom('favourites')
        .select(['id', 'kind', 'target_id', 'starred_at'])
        .where('user_id', '=', userId)
        .where('kind', '=', kind);
      if (afterId !== null) query = query.where('id', '<', afterId);
      const rows: FavouriteRow[] = await query
        .orderBy('id', 'desc')
        .limit(first + 1)
        .execute();
      return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
    },

    async count(userId: string, kind: FavouriteKind): Promise<number> {
      const row = await db
        .selectFrom('favourites')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('user_id', '=', userId)
        .where('kind', '=', kind)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}

export type Favourites = ReturnType<typeof createFavourites>;
