import type { CatalogContext } from '../context.js';

/** A song's cover, signed for the viewer (an <img> cannot send the token); null without a cover. */
export async function signedCoverUrl(songId: string | null, context: CatalogContext): Promise<string | null> {
  if (!songId) return null;
  const viewer = await context.auth.requireViewer();
  return context.mediaUrls.sign('cover', songId, viewer.userId);
}
