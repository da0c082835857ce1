import type { Kysely } from 'kysely';
import type { LibraryDatabase } from '../database.js';

/** An entry with what the replica knows of its song (kept after the song is removed). */
export interface PlaylistEntryView {
  id: string;
  playlist_id: string;
  position: number;
  song_id: string;
  added_at: Date;
  title: string;
  artist: string;
  album: string | null;
  duration_seconds: number;
  deleted_at: Date | null;
}

/** A playlist's entries in order, after position `afterPosition` when given. */
export function entriesQuery(db: Kysely<LibraryDatabase>, playlistId: string, afterPosition: number | null) {
  let query = db
    .selectFrom('playlist_entries as entries')
    .innerJoin('known_songs as songs', 'songs.song_id', 'entries.song_id')
    .select([
      'entries.id',
      'entries.playlist_id',
      'entries.position',
      'entries.song_id',
      'entries.added_at',
      'songs.title',
      'songs.artist',
      'songs.album',
      'songs.duration_seconds',
      'songs.deleted_at',
    ])
    .where('entries.playlist_id', '=', playlistId);
  if (afterPosition !== null) query = query.where('entries.position', '>', afterPosition);
  return query.orderBy('entries.position');
}

export function createPlaylistEntries(db: Kysely<LibraryDatabase>) {
  return {
    async page(playlistId: string, afterPosition: number | null, first: number) {
      const rows: PlaylistEntryView[] = await entriesQuery(db, playlistId, afterPosition)
        .limit(first + 1)
        .execute();
      return { entries: rows.slice(0, first), hasNextPage: rows.length > first };
    },

    /** Every entry, for an export (at most 10,000). */
    all: (playlistId: string): Promise<PlaylistEntryView[]> => entriesQuery(db, playlistId, null).execute(),
  };
}

export type PlaylistEntries = ReturnType<typeof createPlaylistEntries>;
