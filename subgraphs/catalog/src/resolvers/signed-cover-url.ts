import { badUserInput } from '@sp0t1fy/platform';
import type { CatalogContext } from '../context.js';

export const MIN_COVER_SIZE = 16;
export const MAX_COVER_SIZE = 2048;

/**
 * A song's cover, signed for the viewer (an <img> cannot send the token); null without a cover. With
 * size, the link serves it scaled down (the size is part of the signature).
 */
export async function signedCoverUrl(
  songId: string | null,
  context: CatalogContext,
  size?: number | null,
): Promise<string | null> {
  if (size != null && (!Number.isInteger(size) || size < MIN_COVER_SIZE || size > MAX_COVER_SIZE)) {
    throw badUserInput(`size is in pixels, from ${MIN_COVER_SIZE} to ${MAX_COVER_SIZE}`, {
      field: 'size',
      reason: 'OUT_OF_RANGE',
    });
  }
  if (!songId) return null;
  const viewer = await context.auth.requireViewer();
  return context.mediaUrls.sign('cover', songId, viewer.userId, size == null ? undefined : { size });
}
