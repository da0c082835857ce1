import { forbidden } from '@sp0t1fy/platform';
import type { PlaybackContext } from '../context.js';

/** Listening data is private: only the user themself may read it (signed out: UNAUTHENTICATED). */
export async function requireSelf(context: PlaybackContext, userId: string): Promise<void> {
  const viewer = await context.auth.requireViewer();
  if (viewer.userId !== userId) throw forbidden('Only the listener themself can see their listening');
}
