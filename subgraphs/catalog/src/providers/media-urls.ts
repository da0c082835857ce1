import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a signed media URL gives access to. */
export type MediaKind = 'audio' | 'cover';

export type MediaUrlCheck = 'valid' | 'forged' | 'expired';

export interface MediaUrls {
  /** A path on the API's origin, e.g. /media/songs/<id>/audio?user=<id>&expires=<unix>&signature=<b64url>. */
  sign(kind: MediaKind, songId: string, userId: string): string;
  /** Checks a request's query parameters against the song it names. */
  verify(kind: MediaKind, songId: string, query: Record<string, unknown>): MediaUrlCheck;
}

export interface MediaUrlOptions {
  secret: string;
  ttlSeconds: number;
  /** Seconds since the epoch; tests move it. */
  now?: () => number;
}

const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

/**
 * `<audio>` and `<img>` cannot send an Authorization header, so their URLs carry a signature instead:
 * HMAC-SHA256 over the kind, song, user and expiry. Expiry times are rounded to a step (at most an
 * hour) so that a song's URLs stay the same for a while and browsers can reuse what they cached.
 */
export function createMediaUrls({ secret, ttlSeconds, now = () => Date.now() / 1000 }: MediaUrlOptions): MediaUrls {
  const step = Math.max(1, Math.min(3600, Math.floor(ttlSeconds / 6)));
  const mac = (kind: MediaKind, songId: string, userId: string, expires: number) =>
    createHmac('sha256', secret).update(`sp0t1fy-media:${kind}:${songId}:${userId}:${expires}`).digest();

  return {
    sign(kind, songId, userId) {
      const expires = Math.floor(now() / step) * step + ttlSeconds;
      const signature = mac(kind, songId, userId, expires).toString('base64url');
      const query = new URLSearchParams({ user: userId, expires: String(expires), signature });
      return `/media/songs/${encodeURIComponent(songId)}/${kind}?${query}`;
    },
    verify(kind, songId, query) {
      const { user, expires, signature } = query;
      if (typeof user !== 'string' || typeof expires !== 'string' || typeof signature !== 'string') return 'forged';
      if (!/^\d{1,12}$/.test(expires) || !SIGNATURE.test(signature)) return 'forged';
      // Compared as text: base64url's last character carries unused bits, so decoding first would let
      // several spellings of one signature through.
      const expected = Buffer.from(mac(kind, songId, user, Number(expires)).toString('base64url'));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(expected, given)) return 'forged';
      return Number(expires) <= now() ? 'expired' : 'valid';
    },
  };
}
