import { z } from 'zod';
import { parseJson } from './playback-settings';
import type { PlayerSong, RepeatMode } from './player-engine';

/** What survives a reload: the queue, where in it the player was, and shuffle/repeat. */
export interface SavedSession {
  queue: PlayerSong[];
  order: number[];
  position: number;
  currentTime: number;
  shuffle: boolean;
  repeat: RepeatMode;
}

// Bump the version when the shape changes: an older entry is then ignored rather than misread.
// One per user, so whoever signs in next on this browser never gets someone else's queue.
const sessionKey = (owner: string | undefined) => `sp0t1fy.player-session.v1${owner ? `.${owner}` : ''}`;

const savedSongSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  artist: z.string(),
  album: z.string().nullish(),
  albumArtist: z.string().nullish(),
  trackNumber: z.number().int().nullish(),
  discNumber: z.number().int().nullish(),
  durationSeconds: z.number().nonnegative(),
  streamUrl: z.string(),
  coverUrl: z.string().nullish(),
});

const savedSessionSchema = z
  .object({
    queue: z.array(savedSongSchema).max(10_000),
    order: z.array(z.number().int().nonnegative()),
    position: z.number().int().min(-1),
    currentTime: z.number().nonnegative(),
    shuffle: z.boolean(),
    repeat: z.enum(['off', 'all', 'one']),
  })
  .refine(
    (session) =>
      session.order.length === session.queue.length &&
      new Set(session.order).size === session.order.length &&
      session.order.every((index) => index < session.queue.length) &&
      session.position < session.order.length,
    'order must be a permutation of the queue',
  );

type SessionStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The session stored in this browser, or null when there is none or it is not valid. */
export function readSavedSession(storage?: SessionStorage, owner?: string): SavedSession | null {
  const queuePart = parseJson(storage?.getItem(sessionKey(owner)));
  const place = parseJson(storage?.getItem(`${sessionKey(owner)}.position`));
  if (typeof queuePart !== 'object' || typeof place !== 'object') return null;
  const parsed = savedSessionSchema.safeParse({ ...queuePart, ...place });
  return parsed.success ? (parsed.data as SavedSession) : null;
}

/**
 * Writes the session. The queue (which may be thousands of songs) is written only when `queueChanged`;
 * the place in it, which changes as the song plays, goes in an entry of its own.
 */
export function saveSession(
  session: SavedSession,
  storage: SessionStorage | undefined,
  owner: string | undefined,
  queueChanged: boolean,
): void {
  if (queueChanged) {
    const queue = session.queue.map(
      ({ id, title, artist, album, albumArtist, trackNumber, discNumber, durationSeconds, streamUrl, coverUrl }) => ({
        id,
        title,
        artist,
        album,
        albumArtist,
        trackNumber,
        discNumber,
        durationSeconds,
        streamUrl,
        coverUrl,
      }),
    );
    const { order, shuffle, repeat } = session;
    // A queue too big for the browser's storage is not kept (an older one would not fit the position
    // saved next): the music must not stop over it.
    if (!write(storage, sessionKey(owner), JSON.stringify({ queue, order, shuffle, repeat }))) {
      write(storage, sessionKey(owner), JSON.stringify({ queue: [], order: [], shuffle, repeat }));
    }
  }
  const { position, currentTime } = session;
  write(storage, `${sessionKey(owner)}.position`, JSON.stringify({ position, currentTime }));
}

/** setItem that answers false instead of throwing when the storage is full (QuotaExceededError). */
function write(storage: SessionStorage | undefined, key: string, value: string): boolean {
  try {
    storage?.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
