import { forbidden, isUuid, notFound } from '@sp0t1fy/platform';
import type { LibraryContext } from '../context.js';
import type { PlaylistRow } from '../providers/playlists.js';

/** Favourites and smart playlists are private: only the user themself may read them (signed out: UNAUTHENTICATED). */
export async function requireSelf(
  context: LibraryContext,
  userId: string,
  what: 'favourites' | 'smart playlists' = 'favourites',
): Promise<void> {
  const viewer = await context.auth.requireViewer();
  if (viewer.userId !== userId) throw forbidden(`Only the user themself can see their ${what}`);
}

/** A playlist id as stored (lower case), or NOT_FOUND for anything that cannot be one. */
export function playlistId(id: string): string {
  if (!isUuid(id)) throw notFound('There is no playlist with this id', { field: 'id' });
  return id.toLowerCase();
}

/** The viewer's own playlist or a public one; another user's private one is NOT_FOUND, like an unknown id. */
export async function readablePlaylist(context: LibraryContext, id: string): Promise<PlaylistRow> {
  const viewer = await context.auth.requireViewer();
  return context.playlists.readable(playlistId(id), viewer.userId);
}
