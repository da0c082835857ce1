import type { SongRow } from '../database.js';
import type { MediaKind } from './media-urls.js';
import type { SongsRepository } from './songs-repository.js';

/** The stored file behind a song's audio or cover link. */
export interface MediaBlob {
  key: string;
  sizeBytes: number;
  contentType: string;
  lastModified: Date;
}

/** A song's files, or null when there is no such song. */
export type SongMediaEntry = { audio: MediaBlob; cover: MediaBlob | null } | null;

export interface SongMedia {
  /** The blob to serve for kind, or null when the song (or its cover) does not exist. */
  find(songId: string, kind: MediaKind): Promise<MediaBlob | null>;
  /** Drops what this instance remembers of a song: called once its deletion has committed. */
  forget(songId: string): void;
}

/**
 * How long one catalog instance may keep serving a song another instance deleted (a deletion on this
 * instance is forgotten at once). Short enough that a removed song stops playing within seconds;
 * long enough that a player's burst of Range requests costs one lookup instead of one each (the
 * lookup was a sixth of the media route's CPU: bench/PROFILE.md, "Media route, issue #14").
 */
export const SONG_MEDIA_TTL_MS = 2000;
/** Bounds memory: about 300 bytes an entry. */
const MAX_ENTRIES = 10_000;

/**
 * Song id → blob, in this process's memory, for the media route. Not in Redis: a round trip would
 * cost about what the PostgreSQL lookup it replaces does. Unknown songs are remembered too (as
 * null), so a flood of links to a deleted song does not become a flood of queries; a song id cannot
 * come back to life, so remembering its absence is never wrong for longer than the TTL.
 */
export function createSongMedia({
  songs,
  ttlMs = SONG_MEDIA_TTL_MS,
  now = () => Date.now(),
}: {
  songs: Pick<SongsRepository, 'findById'>;
  ttlMs?: number;
  /** Milliseconds; tests move it. */
  now?: () => number;
}): SongMedia {
  // The promise is cached, so concurrent requests for a song that is not cached share one query.
  const entries = new Map<string, { value: Promise<SongMediaEntry>; expiresAt: number }>();

  const lookup = (songId: string): Promise<SongMediaEntry> => {
    const cached = entries.get(songId);
    if (cached && cached.expiresAt > now()) return cached.value;
    entries.delete(songId);
    const value = songs.findById(songId).then((row) => row && mediaOf(row));
    const entry = { value, expiresAt: now() + ttlMs };
    entries.set(songId, entry);
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    // A failed lookup is not remembered: the next request asks the database again.
    value.catch(() => {
      if (entries.get(songId) === entry) entries.delete(songId);
    });
    return value;
  };

  return {
    async find(songId, kind) {
      const media = await lookup(songId);
      if (!media) return null;
      return kind === 'audio' ? media.audio : media.cover;
    },
    forget(songId) {
      entries.delete(songId);
    },
  };
}

function mediaOf(row: SongRow): SongMediaEntry {
  const lastModified = row.created_at;
  const audio = { key: row.sha256, sizeBytes: Number(row.size_bytes), contentType: row.mime_type, lastModified };
  const cover =
    row.cover_sha256 && row.cover_mime_type && row.cover_size_bytes !== null
      ? { key: row.cover_sha256, sizeBytes: row.cover_size_bytes, contentType: row.cover_mime_type, lastModified }
      : null;
  return { audio, cover };
}
