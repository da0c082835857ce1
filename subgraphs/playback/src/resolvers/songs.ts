import { isUuid, notFound, serviceUnavailable } from '@sp0t1fy/platform';
import type { PlaybackContext } from '../context.js';
import type { KnownSong } from '../database.js';

/**
 * A song that can be played: known to the replica and not removed. A song the replica does not know
 * may have been uploaded a moment ago, so the catalog's feed is asked once more before refusing.
 */
export async function requirePlayableSong(context: PlaybackContext, songId: string): Promise<KnownSong> {
  if (!isUuid(songId)) throw notFound('There is no song with this id', { field: 'songId' });
  let song = await context.songs.find(songId);
  if (!song) {
    try {
      await context.songFeed.sync();
    } catch (error) {
      context.log.warn({ err: error, songId }, 'could not check an unknown song with the catalog');
      throw serviceUnavailable('The catalog cannot be reached to check this song; try again in a moment', 'catalog');
    }
    song = await context.songs.find(songId);
  }
  if (!song) throw notFound('There is no song with this id', { field: 'songId' });
  if (song.deleted_at) throw notFound('This song has been removed from the library', { field: 'songId' });
  return song;
}
