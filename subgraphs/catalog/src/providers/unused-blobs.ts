import type { Logger } from '@sp0t1fy/platform';
import type { SongsRepository } from './songs-repository.js';
import type { BlobStore } from './storage/blob-store.js';

/**
 * Deletes the blobs no song references any more. Each check runs under the blob's lock, so an upload
 * of the same file cannot slip its row in between the check and the delete; whichever comes second
 * sees the other's result (an upload that stored the file before the deletion finds it gone when it
 * checks, under the same lock, and stores it again). A failure is logged, not thrown: the caller's change has already happened,
 * and an orphaned blob wastes space but breaks nothing.
 */
export async function deleteUnusedBlobs(
  keys: Array<string | null>,
  { songs, blobs, logger }: { songs: SongsRepository; blobs: BlobStore; logger: Logger },
): Promise<void> {
  for (const key of new Set(keys)) {
    if (!key) continue;
    try {
      await songs.withBlobsLocked([key], async (trx) => {
        if (!(await songs.isBlobReferenced(trx, key))) await blobs.delete(key);
      });
    } catch (error) {
      logger.error({ err: error, blob: key }, 'could not delete an unused blob');
    }
  }
}
