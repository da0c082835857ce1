import { isUuid } from '@sp0t1fy/platform';
import type { Kysely } from 'kysely';
import type { KnownSong, PlaybackDatabase } from '../database.js';

/** One event of the catalog's song-events feed, validated. */
export interface SongFeedEvent {
  seq: number;
  type: 'created' | 'updated' | 'deleted';
  songId: string;
  title: string | null;
  artist: string | null;
  album: string | null;
  durationSeconds: number | null;
  occurredAt: Date;
}

/** What a batch of events leaves a song as; `described` when some event carried its title and artist. */
export interface SongChange {
  songId: string;
  seq: number;
  described: boolean;
  title: string | null;
  artist: string | null;
  album: string | null;
  durationSeconds: number | null;
  deletedAt: Date | null;
}

/**
 * Folds a batch (ascending by seq) into one change per song, so a batch is written with one upsert
 * (PostgreSQL refuses an upsert that touches a row twice). A deletion is final. Created and updated
 * events describe the song completely (a null album means no album); a deletion's fields may be
 * null, so it only describes a song nothing else in the batch did.
 */
export function collapseSongEvents(events: readonly SongFeedEvent[]): SongChange[] {
  const changes = new Map<string, SongChange>();
  for (const event of events) {
    const change = changes.get(event.songId) ?? {
      songId: event.songId,
      seq: event.seq,
      described: false,
      title: null,
      artist: null,
      album: null,
      durationSeconds: null,
      deletedAt: null,
    };
    change.seq = event.seq;
    const describes = event.type !== 'deleted' || (!change.described && event.title !== null);
    if (describes) {
      change.described = true;
      change.title = event.title;
      change.artist = event.artist;
      change.album = event.album;
      change.durationSeconds = event.durationSeconds;
    }
    if (event.type === 'deleted') change.deletedAt ??= event.occurredAt;
    changes.set(event.songId, change);
  }
  return [...changes.values()];
}

export interface ApplyResult {
  /** Events newer than the cursor, now applied. */
  applied: number;
  /** The cursor after the batch. */
  cursor: number;
}

/** Playback's copy of the catalog's songs, and how far it has followed the feed. */
export function createSongReplica(db: Kysely<PlaybackDatabase>) {
  return {
    async find(songId: string): Promise<KnownSong | undefined> {
      if (!isUuid(songId)) return undefined;
      return db.selectFrom('known_songs').selectAll().where('song_id', '=', songId).executeTakeFirst();
    },

    async cursor(): Promise<number> {
      const row = await db.selectFrom('song_feed_cursor').select('last_seq').executeTakeFirstOrThrow();
      return row.last_seq;
    },

    /**
     * Applies a page of the feed and advances the cursor in one transaction. The cursor row is
     * locked, so instances following the same feed take turns and skip what another already
     * applied; every row also remembers its seq, so an older event never overwrites a newer one.
     */
    async apply(events: readonly SongFeedEvent[]): Promise<ApplyResult> {
      return db.transaction().execute(async (trx) => {
        const { last_seq: cursor } = await trx
          .selectFrom('song_feed_cursor')
          .select('last_seq')
          .forUpdate()
          .executeTakeFirstOrThrow();
        const fresh = events.filter((event) => event.seq > cursor).sort((a, b) => a.seq - b.seq);
        if (fresh.length === 0) return { applied: 0, cursor };

        const changes = collapseSongEvents(fresh);
        const described = changes.filter((change) => change.described);
        const deletions = changes.filter((change) => !change.described);
        if (described.length > 0) {
          await trx
            .insertInto('known_songs')
            .values(described.map(toRow))
            .onConflict((conflict) =>
              conflict
                .column('song_id')
                .doUpdateSet((eb) => ({
                  title: eb.ref('excluded.title'),
                  artist: eb.ref('excluded.artist'),
                  album: eb.ref('excluded.album'),
                  duration_seconds: eb.ref('excluded.duration_seconds'),
                  deleted_at: eb.fn.coalesce('known_songs.deleted_at', 'excluded.deleted_at'),
                  last_seq: eb.ref('excluded.last_seq'),
                }))
                .whereRef('known_songs.last_seq', '<', 'excluded.last_seq'),
            )
            .execute();
        }
        if (deletions.length > 0) {
          await trx
            .insertInto('known_songs')
            .values(deletions.map(toRow))
            .onConflict((conflict) =>
              conflict
                .column('song_id')
                .doUpdateSet((eb) => ({
                  deleted_at: eb.fn.coalesce('known_songs.deleted_at', 'excluded.deleted_at'),
                  last_seq: eb.ref('excluded.last_seq'),
                }))
                .whereRef('known_songs.last_seq', '<', 'excluded.last_seq'),
            )
            .execute();
        }
        const newCursor = fresh[fresh.length - 1]!.seq;
        await trx.updateTable('song_feed_cursor').set({ last_seq: newCursor }).execute();
        return { applied: fresh.length, cursor: newCursor };
      });
    },
  };
}

export type SongReplica = ReturnType<typeof createSongReplica>;

const toRow = (change: SongChange) => ({
  song_id: change.songId,
  title: change.title,
  artist: change.artist,
  album: change.album,
  duration_seconds: change.durationSeconds,
  deleted_at: change.deletedAt,
  last_seq: change.seq,
});
