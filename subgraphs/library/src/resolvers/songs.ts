import { badUserInput, isUuid, notFound, SongFeedUnavailableError, serviceUnavailable } from '@sp0t1fy/platform';
import type { LibraryContext } from '../context.js';
import { PLAYLIST_LIMITS } from '../providers/limits.js';

/** Asks the catalog's feed for what it has not told the library yet; the caller looks again after. */
export async function catchUpWithCatalog(context: LibraryContext): Promise<void> {
  try {
    await context.songFeed.sync();
  } catch (error) {
    if (!(error instanceof SongFeedUnavailableError)) throw error;
    context.log.warn({ err: error }, 'could not check unknown songs with the catalog');
    throw serviceUnavailable('The catalog cannot be reached to check these songs; try again in a moment', 'catalog');
  }
}

/**
 * `songIds` as stored (lower case, order and duplicates kept) when every one is a song in the library.
 * Songs the library does not know may have been uploaded a moment ago, so the feed is asked once
 * before refusing. The error names only the caller's own ids that are not songs, nothing else.
 */
export async function requireLiveSongs(context: LibraryContext, songIds: readonly string[]): Promise<string[]> {
  if (songIds.length > PLAYLIST_LIMITS.songIdsPerCall) {
    throw badUserInput(`At most ${PLAYLIST_LIMITS.songIdsPerCall} songs at once`, { field: 'songIds' });
  }
  const ids = songIds.map((id) => id.toLowerCase());
  const valid = ids.filter((id) => isUuid(id));
  let live = await context.songs.live(valid);
  if (valid.some((id) => !live.has(id))) {
    await catchUpWithCatalog(context);
    live = await context.songs.live(valid);
  }
  const missing = [...new Set(songIds.filter((_id, index) => !live.has(ids[index] as string)))];
  if (missing.length > 0) {
    throw notFound(`${missing.length === 1 ? 'A song is' : `${missing.length} songs are`} not in the library`, {
      field: 'songIds',
      songIds: missing,
    });
  }
  return ids;
}
