import { collapseSongEvents, createFeedReplica, isUuid, type SongChange, type SongFeedEvent } from '@sp0t1fy/platform';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { KnownSong, LibraryDatabase } from '../database.js';
import { candidatesOf, fold, type M3uEntry, matchKey } from './m3u.js';

/** True while a song that is still in the library has the album (`album_id`) or artist (`artist_ids`). */
export function liveAlbumExists(db: Kysely<LibraryDatabase>, albumId: string) {
  return db
    .selectFrom('known_songs')
    .select('song_id')
    .where('album_id', '=', albumId)
    .where('deleted_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
}

export function liveArtistExists(db: Kysely<LibraryDatabase>, artistId: string) {
  return db
    .selectFrom('known_songs')
    .select('song_id')
    .where(sql<boolean>`artist_ids @> array[${artistId}]::uuid[]`)
    .where('deleted_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
}

/** The library's copy of the catalog's songs, and how far it has followed the feed. */
export function createSongReplica(db: Kysely<LibraryDatabase>) {
  /** Live songs by a folded key, the least recently changed per key, in chunks of a thousand keys. */
  async function lookUp(column: 'match_key' | 'title_key', keys: string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const unique = [...new Set(keys)];
    for (let start = 0; start < unique.length; start += 1000) {
      const rows = await db
        .selectFrom('known_songs')
        .select([column, 'song_id'])
        .where(column, 'in', unique.slice(start, start + 1000))
        .where('deleted_at', 'is', null)
        .orderBy('last_seq')
        .execute();
      for (const row of rows) if (!found.has(row[column])) found.set(row[column], row.song_id);
    }
    return found;
  }

  return {
    async find(songId: string): Promise<KnownSong | undefined> {
      if (!isUuid(songId)) return undefined;
      return db.selectFrom('known_songs').selectAll().where('song_id', '=', songId.toLowerCase()).executeTakeFirst();
    },

    /** The ids among `songIds` (valid UUIDs, lower case) of songs still in the library. */
    async live(songIds: readonly string[]): Promise<Set<string>> {
      if (songIds.length === 0) return new Set();
      const rows = await db
        .selectFrom('known_songs')
        .select('song_id')
        .where('song_id', 'in', [...new Set(songIds)])
        .where('deleted_at', 'is', null)
        .execute();
      return new Set(rows.map((row) => row.song_id));
    },

    async albumExists(albumId: string): Promise<boolean> {
      return isUuid(albumId) && (await liveAlbumExists(db, albumId.toLowerCase())) !== undefined;
    },

    async artistExists(artistId: string): Promise<boolean> {
      return isUuid(artistId) && (await liveArtistExists(db, artistId.toLowerCase())) !== undefined;
    },

    /**
     * The song each M3U entry names (null when none), in the entries' order: by the #EXTINF's
     * "artist - title", else by the path's folders and file name, else by the file name as a title.
     * Several songs alike: the one changed least recently.
     */
    async match(entries: readonly M3uEntry[]): Promise<Array<string | null>> {
      const candidates = entries.map(candidatesOf);
      const byPair = await lookUp(
        'match_key',
        candidates.flatMap((candidate) => candidate.pairs),
      );
      const byTitle = await lookUp(
        'title_key',
        candidates.flatMap((candidate) => (candidate.title ? [candidate.title] : [])),
      );
      return candidates.map((candidate) => {
        for (const pair of candidate.pairs) {
          const songId = byPair.get(pair);
          if (songId) return songId;
        }
        return (candidate.title && byTitle.get(candidate.title)) || null;
      });
    },

    /**
     * Favourites of what a page removed (a song, an album or artist left without a live song) go in
     * the same transaction; playlist entries stay, their songs marked removed. Every row remembers its
     * seq, so an older event never overwrites a newer one.
     */
    ...createFeedReplica<LibraryDatabase, SongFeedEvent>(db, 'song_feed_cursor', async (trx, events) => {
      const changes = collapseSongEvents(events);
      // Albums and artists the songs had before this page too: a song moved to another album may
      // have been its old album's last.
      const before = await trx
        .selectFrom('known_songs')
        .select(['album_id', sql<string[]>`to_json(artist_ids)`.as('artist_ids')])
        .where(
          'song_id',
          'in',
          changes.map((change) => change.songId),
        )
        .execute();
      await trx
        .insertInto('known_songs')
        .values(changes.map(toRow))
        .onConflict((conflict) =>
          conflict
            .column('song_id')
            .doUpdateSet((eb) => ({
              title: eb.ref('excluded.title'),
              artist: eb.ref('excluded.artist'),
              album: eb.ref('excluded.album'),
              duration_seconds: eb.ref('excluded.duration_seconds'),
              album_id: eb.ref('excluded.album_id'),
              artist_ids: eb.ref('excluded.artist_ids'),
              match_key: eb.ref('excluded.match_key'),
              title_key: eb.ref('excluded.title_key'),
              deleted_at: eb.fn.coalesce('known_songs.deleted_at', 'excluded.deleted_at'),
              last_seq: eb.ref('excluded.last_seq'),
            }))
            .whereRef('known_songs.last_seq', '<', 'excluded.last_seq'),
        )
        .execute();

      const albums = new Set<string>();
      const artists = new Set<string>();
      for (const row of [
        ...before,
        ...changes.map((change) => ({ album_id: change.albumId, artist_ids: change.artistIds })),
      ]) {
        if (row.album_id) albums.add(row.album_id);
        for (const artist of row.artist_ids) artists.add(artist);
      }
      await dropFavouritesOfRemoved(
        trx,
        changes.filter((change) => change.deletedAt).map((change) => change.songId),
        [...albums],
        [...artists],
      );
    }),
  };
}

export type SongReplica = ReturnType<typeof createSongReplica>;

/** Removed songs' favourites, and those of the albums and artists among the candidates no live song has. */
async function dropFavouritesOfRemoved(
  trx: Transaction<LibraryDatabase>,
  removedSongIds: string[],
  albumIds: string[],
  artistIds: string[],
) {
  if (removedSongIds.length > 0) {
    await trx.deleteFrom('favourites').where('kind', '=', 'SONG').where('target_id', 'in', removedSongIds).execute();
  }
  if (albumIds.length > 0) {
    await trx
      .deleteFrom('favourites')
      .where('kind', '=', 'ALBUM')
      .where('target_id', 'in', albumIds)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('known_songs')
              .select('song_id')
              .whereRef('known_songs.album_id', '=', 'favourites.target_id')
              .where('known_songs.deleted_at', 'is', null),
          ),
        ),
      )
      .execute();
  }
  if (artistIds.length > 0) {
    await trx
      .deleteFrom('favourites')
      .where('kind', '=', 'ARTIST')
      .where('target_id', 'in', artistIds)
      .where(
        sql<boolean>`not exists (select 1 from known_songs where known_songs.artist_ids @> array[favourites.target_id] and known_songs.deleted_at is null)`,
      )
      .execute();
  }
}

const toRow = (change: SongChange) => ({
  song_id: change.songId,
  title: change.title,
  artist: change.artist,
  album: change.album,
  duration_seconds: change.durationSeconds,
  album_id: change.albumId,
  // Feed ids are validated UUIDs, so the array literal needs no quoting.
  artist_ids: sql<string[]>`${`{${change.artistIds.join(',')}}`}::uuid[]`,
  match_key: matchKey(change.artist, change.title),
  title_key: fold(change.title),
  deleted_at: change.deletedAt,
  last_seq: change.seq,
});
