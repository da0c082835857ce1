import { forbidden, type Logger, notFound } from '@sp0t1fy/platform';
import type { SongRow } from '../database.js';
import type { SongCache } from './song-cache.js';
import type { SongMedia } from './song-media.js';
import type { SongDetails } from './song-metadata.js';
import type { SongsRepository } from './songs-repository.js';
import type { BlobStore } from './storage/blob-store.js';
import { deleteUnusedBlobs } from './unused-blobs.js';

/** Edits and deletions, allowed to the song's uploader only; anyone else changes nothing. */
export function createSongChanges({
  songs,
  songCache,
  songMedia,
  blobs,
  logger,
}: {
  songs: SongsRepository;
  songCache: Pick<SongCache, 'changed'>;
  songMedia: Pick<SongMedia, 'forget'>;
  blobs: BlobStore;
  logger: Logger;
}) {
  const ownedSong = (song: SongRow | null, userId: string, action: string): SongRow => {
    if (!song) throw notFound('There is no song with this id', { field: 'id' });
    if (song.uploaded_by !== userId) throw forbidden(`Only the person who uploaded this song can ${action} it`);
    return song;
  };

  return {
    async update(id: string, details: Partial<SongDetails>, userId: string): Promise<SongRow> {
      const changes = Object.keys(details).length > 0;
      const updated = await songs.transaction(async (trx) => {
        const song = ownedSong(await songs.findForUpdate(trx, id), userId, 'change');
        return changes ? songs.update(trx, song.id, details) : song;
      });
      if (changes) await songCache.changed();
      return updated;
    },

    async delete(id: string, userId: string): Promise<void> {
      const deleted = await songs.transaction(async (trx) => {
        const song = ownedSong(await songs.findForUpdate(trx, id), userId, 'delete');
        return songs.delete(trx, song.id);
      });
      if (!deleted) return;
      // Before the blobs go: a cached row must not keep pointing at a file being deleted. Other
      // instances' media lookups expire on their own within SONG_MEDIA_TTL_MS.
      songMedia.forget(deleted.id);
      await songCache.changed();
      await deleteUnusedBlobs([deleted.sha256, deleted.cover_sha256], { songs, blobs, logger });
    },
  };
}

export type SongChanges = ReturnType<typeof createSongChanges>;
