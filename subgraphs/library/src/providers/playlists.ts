import { randomUUID } from 'node:crypto';
import { badUserInput, conflict, forbidden, isUuid, notFound } from '@sp0t1fy/platform';
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { LibraryDatabase, PlaylistsTable } from '../database.js';
import { COVER_SONG_COUNT, PLAYLIST_LIMITS } from './limits.js';

export type PlaylistRow = Selectable<PlaylistsTable>;

const INSERT_CHUNK = 1_000;

export interface PlaylistDetails {
  name?: string;
  description?: string | null;
  public?: boolean;
}

export interface PlaylistStats {
  songCount: number;
  durationSeconds: number;
}

/** A playlist the viewer may read: their own, or a public one. */
export const canRead = (playlist: PlaylistRow, viewerId: string) => playlist.owner_id === viewerId || playlist.public;

/** Another user's private playlist answers like an unknown id, so its existence is not revealed. */
const unknownPlaylist = () => notFound('There is no playlist with this id', { field: 'id' });

/** What a write is checked against before it changes anything. */
interface WriteGuard {
  actorId: string;
  expectedVersion?: number | null | undefined;
}

/**
 * Playlists and their entries. Every write locks the playlist's row first (select ... for update), so
 * concurrent writes to one playlist take turns: each sees the positions the previous one left, and
 * none loses or duplicates an entry. Each write bumps `version`.
 */
export function createPlaylists(db: Kysely<LibraryDatabase>) {
  /** Locks the playlist's row for the rest of the transaction, after checking who writes and the version. */
  async function lockForWrite(trx: Transaction<LibraryDatabase>, playlistId: string, guard: WriteGuard) {
    const playlist = await trx
      .selectFrom('playlists')
      .selectAll()
      .where('id', '=', playlistId)
      .forUpdate()
      .executeTakeFirst();
    if (!playlist || !canRead(playlist, guard.actorId)) throw unknownPlaylist();
    if (playlist.owner_id !== guard.actorId) throw forbidden('Only the owner can change this playlist');
    const expected = guard.expectedVersion;
    if (expected !== null && expected !== undefined && expected !== playlist.version) {
      throw conflict(`The playlist has changed (version ${playlist.version}); reload it and try again`, {
        field: 'expectedVersion',
        version: playlist.version,
      });
    }
    return playlist;
  }

  /** Locks the playlist, runs `change`, then bumps the version; all or nothing. */
  async function write(
    playlistId: string,
    guard: WriteGuard,
    change: (trx: Transaction<LibraryDatabase>) => Promise<PlaylistDetails | undefined>,
  ): Promise<PlaylistRow> {
    return db.transaction().execute(async (trx) => {
      await lockForWrite(trx, playlistId, guard);
      const details = (await change(trx)) ?? {};
      return trx
        .updateTable('playlists')
        .set({ ...details, version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', playlistId)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  }

  async function entryCount(trx: Transaction<LibraryDatabase>, playlistId: string): Promise<number> {
    const row = await trx
      .selectFrom('playlist_entries')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('playlist_id', '=', playlistId)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** Inserts `songIds` at `position` (default: the end), shifting what follows. */
  async function insertEntries(
    trx: Transaction<LibraryDatabase>,
    playlistId: string,
    songIds: readonly string[],
    position: number | null | undefined,
  ): Promise<void> {
    const count = await entryCount(trx, playlistId);
    const at = position ?? count;
    if (!Number.isInteger(at) || at < 0 || at > count) {
      throw badUserInput(`position must be between 0 and ${count}`, { field: 'position' });
    }
    if (count + songIds.length > PLAYLIST_LIMITS.entries) {
      throw badUserInput(`A playlist holds at most ${PLAYLIST_LIMITS.entries} entries; this one has ${count}`, {
        field: 'songIds',
      });
    }
    if (songIds.length === 0) return;
    if (at < count) {
      await trx
        .updateTable('playlist_entries')
        .set({ position: sql`position + ${songIds.length}` })
        .where('playlist_id', '=', playlistId)
        .where('position', '>=', at)
        .execute();
    }
    const rows = songIds.map((songId, index) => ({
      id: randomUUID(),
      playlist_id: playlistId,
      position: at + index,
      song_id: songId,
    }));
    // In chunks: PGlite loses a transaction whose one statement carries tens of thousands of parameters.
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      await trx
        .insertInto('playlist_entries')
        .values(rows.slice(start, start + INSERT_CHUNK))
        .execute();
    }
  }

  return {
    async find(playlistId: string): Promise<PlaylistRow | undefined> {
      return db.selectFrom('playlists').selectAll().where('id', '=', playlistId).executeTakeFirst();
    },

    /** A playlist the viewer may read, else NOT_FOUND (unknown and another's private alike). */
    async readable(playlistId: string, viewerId: string): Promise<PlaylistRow> {
      const playlist = await db.selectFrom('playlists').selectAll().where('id', '=', playlistId).executeTakeFirst();
      if (!playlist || !canRead(playlist, viewerId)) throw unknownPlaylist();
      return playlist;
    },

    /** A new playlist of the owner's, with `songIds` (already checked) as its first entries. */
    async create(
      ownerId: string,
      details: Required<PlaylistDetails>,
      songIds: readonly string[] = [],
    ): Promise<PlaylistRow> {
      return db.transaction().execute(async (trx) => {
        const playlist = await trx
          .insertInto('playlists')
          .values({ id: randomUUID(), owner_id: ownerId, ...details })
          .returningAll()
          .executeTakeFirstOrThrow();
        await insertEntries(trx, playlist.id, songIds, null);
        return playlist;
      });
    },

    update: (playlistId: string, guard: WriteGuard, details: PlaylistDetails) =>
      write(playlistId, guard, async () => details),

    async delete(playlistId: string, guard: WriteGuard): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await lockForWrite(trx, playlistId, guard);
        await trx.deleteFrom('playlists').where('id', '=', playlistId).execute();
      });
    },

    add: (playlistId: string, guard: WriteGuard, songIds: readonly string[], position?: number | null) =>
      write(playlistId, guard, async (trx) => {
        await insertEntries(trx, playlistId, songIds, position);
        return undefined;
      }),

    remove: (playlistId: string, guard: WriteGuard, entryIds: readonly string[]) =>
      write(playlistId, guard, async (trx) => {
        const wanted = [...new Set(entryIds)];
        // After the lock: only the owner learns that an entry is not in their playlist.
        if (!wanted.every(isUuid))
          throw notFound('Some of these entries are not in this playlist', { field: 'entryIds' });
        const removed = await trx
          .deleteFrom('playlist_entries')
          .where('playlist_id', '=', playlistId)
          .where('id', 'in', wanted)
          .returning('id')
          .execute();
        if (removed.length !== wanted.length) {
          // Rolled back with the transaction: nothing is removed when one id is not in the playlist.
          throw notFound('Some of these entries are not in this playlist', { field: 'entryIds' });
        }
        // The rest close up, keeping their order: positions stay 0..n-1.
        await sql`
          update playlist_entries as entries set position = ranked.rank - 1
          from (select id, row_number() over (order by position) as rank from playlist_entries where playlist_id = ${playlistId}) as ranked
          where entries.id = ranked.id and entries.position <> ranked.rank - 1`.execute(trx);
        return undefined;
      }),

    move: (playlistId: string, guard: WriteGuard, entryId: string, toPosition: number) =>
      write(playlistId, guard, async (trx) => {
        if (!isUuid(entryId)) throw notFound('This entry is not in this playlist', { field: 'entryId' });
        const entry = await trx
          .selectFrom('playlist_entries')
          .select('position')
          .where('playlist_id', '=', playlistId)
          .where('id', '=', entryId)
          .executeTakeFirst();
        if (!entry) throw notFound('This entry is not in this playlist', { field: 'entryId' });
        const count = await entryCount(trx, playlistId);
        if (!Number.isInteger(toPosition) || toPosition < 0 || toPosition >= count) {
          throw badUserInput(`toPosition must be between 0 and ${count - 1}`, { field: 'toPosition' });
        }
        const from = entry.position;
        if (from === toPosition) return undefined;
        const [low, high, shift] = from < toPosition ? [from + 1, toPosition, -1] : [toPosition, from - 1, 1];
        await trx
          .updateTable('playlist_entries')
          .set({ position: sql`position + ${shift}` })
          .where('playlist_id', '=', playlistId)
          .where('position', '>=', low)
          .where('position', '<=', high)
          .execute();
        await trx.updateTable('playlist_entries').set({ position: toPosition }).where('id', '=', entryId).execute();
        return undefined;
      }),

    /** A user's playlists, most recently changed first; only the public ones unless `includePrivate`. */
    async page(ownerId: string, includePrivate: boolean, afterId: string | null, first: number) {
      let query = db.selectFrom('playlists').selectAll().where('owner_id', '=', ownerId);
      if (!includePrivate) query = query.where('public', '=', true);
      if (afterId !== null) {
        query = query.where(
          sql<boolean>`(updated_at, id) < (select c.updated_at, c.id from playlists c where c.id = ${afterId} and c.owner_id = ${ownerId})`,
        );
      }
      const rows = await query
        .orderBy('updated_at', 'desc')
        .orderBy('id', 'desc')
        .limit(first + 1)
        .execute();
      return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
    },

    async count(ownerId: string, includePrivate: boolean): Promise<number> {
      let query = db
        .selectFrom('playlists')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('owner_id', '=', ownerId);
      if (!includePrivate) query = query.where('public', '=', true);
      return Number((await query.executeTakeFirstOrThrow()).count);
    },

    /** Entries and durations of several playlists in one statement. */
    async stats(playlistIds: readonly string[]): Promise<PlaylistStats[]> {
      const rows = await db
        .selectFrom('playlist_entries as entries')
        .innerJoin('known_songs as songs', 'songs.song_id', 'entries.song_id')
        .select([
          'entries.playlist_id',
          sql<number>`count(*)::int`.as('song_count'),
          sql<number>`coalesce(sum(songs.duration_seconds) filter (where songs.deleted_at is null), 0)::float8`.as(
            'duration_seconds',
          ),
        ])
        .where('entries.playlist_id', 'in', playlistIds)
        .groupBy('entries.playlist_id')
        .execute();
      const byId = new Map(rows.map((row) => [row.playlist_id, row]));
      return playlistIds.map((id) => ({
        songCount: byId.get(id)?.song_count ?? 0,
        durationSeconds: byId.get(id)?.duration_seconds ?? 0,
      }));
    },

    /** The first few live entries' song ids of several playlists, in one statement. */
    async coverSongIds(playlistIds: readonly string[]): Promise<string[][]> {
      const rows = await db
        .selectFrom((eb) =>
          eb
            .selectFrom('playlist_entries as entries')
            .innerJoin('known_songs as songs', 'songs.song_id', 'entries.song_id')
            .select([
              'entries.playlist_id',
              'entries.song_id',
              'entries.position',
              sql<number>`row_number() over (partition by entries.playlist_id order by entries.position)`.as('rank'),
            ])
            .where('entries.playlist_id', 'in', playlistIds)
            .where('songs.deleted_at', 'is', null)
            .as('ranked'),
        )
        .select(['playlist_id', 'song_id'])
        .where('rank', '<=', COVER_SONG_COUNT)
        .orderBy('playlist_id')
        .orderBy('position')
        .execute();
      const byId = new Map<string, string[]>();
      for (const row of rows) byId.set(row.playlist_id, [...(byId.get(row.playlist_id) ?? []), row.song_id]);
      return playlistIds.map((id) => byId.get(id) ?? []);
    },
  };
}

export type Playlists = ReturnType<typeof createPlaylists>;
