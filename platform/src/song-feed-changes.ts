import type { SongFeedEvent } from './contracts/song-feed.js';

/** What a batch of feed events leaves a song as. */
export type SongChange = Omit<SongFeedEvent, 'type' | 'occurredAt'> & { deletedAt: Date | null };

/**
 * Folds a batch (ascending by seq) into one change per song, so a follower writes a batch with one
 * upsert (PostgreSQL refuses an upsert that touches a row twice). Every event describes the song
 * completely (a null album means no album), a deletion as the song was when deleted; a deletion is final.
 */
export function collapseSongEvents(events: readonly SongFeedEvent[]): SongChange[] {
  const changes = new Map<string, SongChange>();
  for (const { type, occurredAt, ...song } of events) {
    const deletedAt = changes.get(song.songId)?.deletedAt ?? (type === 'deleted' ? occurredAt : null);
    changes.set(song.songId, { ...song, deletedAt });
  }
  return [...changes.values()];
}
