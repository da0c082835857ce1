import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a signed media URL gives access to. */
export type MediaKind = 'audio' | 'cover';

export type MediaUrlCheck = 'valid' | 'forged' | 'expired';

/** Formats a transcode link may name (the stored file's link names none). */
export const TRANSCODE_FORMATS = ['mp3', 'opus', 'aac'] as const;
export type TranscodeFormat = (typeof TRANSCODE_FORMATS)[number];

/**
 * What a link serves besides the stored file: an audio transcode, or a scaled cover. Signed with the
 * rest, so a link cannot be edited into a different (more expensive) transcode.
 */
export type MediaVariant = { format: TranscodeFormat; bitrate: number } | { size: number };

export interface MediaUrls {
  /**
   * A path on the API's origin, e.g. /media/songs/<id>/audio?user=<id>&expires=<unix>&signature=<b64url>,
   * with format=<format>&bitrate=<kbps> (audio) or size=<px> (cover) first for a variant.
   */
  sign(kind: MediaKind, songId: string, userId: string, variant?: MediaVariant): string;
  /** Checks a request's query parameters (format, bitrate and size included) against the song it names. */
  verify(kind: MediaKind, songId: string, query: Record<string, unknown>): MediaUrlCheck;
  /** The variant a verified link's query names; undefined for the stored file. */
  variantOf(query: Record<string, unknown>): MediaVariant | undefined;
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
  // The stored file's message is unchanged from before variants existed, so its links stay the same;
  // a variant's message appends after the all-digit expiry, so no link of one kind verifies as another.
  const mac = (kind: MediaKind, songId: string, userId: string, expires: number, variant?: MediaVariant) =>
    createHmac('sha256', secret)
      .update(`sp0t1fy-media:${kind}:${songId}:${userId}:${expires}${variant ? `:${variantText(variant)}` : ''}`)
      .digest();

  return {
    sign(kind, songId, userId, variant) {
      const expires = Math.floor(now() / step) * step + ttlSeconds;
      const signature = mac(kind, songId, userId, expires, variant).toString('base64url');
      const query = new URLSearchParams({
        ...(variant && variantParams(variant)),
        user: userId,
        expires: String(expires),
        signature,
      });
      return `/media/songs/${encodeURIComponent(songId)}/${kind}?${query}`;
    },
    verify(kind, songId, query) {
      const { user, expires, signature } = query;
      if (typeof user !== 'string' || typeof expires !== 'string' || typeof signature !== 'string') return 'forged';
      if (!/^\d{1,12}$/.test(expires) || !SIGNATURE.test(signature)) return 'forged';
      const variant = parseVariant(query);
      if (variant === 'malformed') return 'forged';
      if (variant && ('size' in variant ? kind !== 'cover' : kind !== 'audio')) return 'forged';
      // Compared as text: base64url's last character carries unused bits, so decoding first would let
      // several spellings of one signature through.
      const expected = Buffer.from(mac(kind, songId, user, Number(expires), variant).toString('base64url'));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(expected, given)) return 'forged';
      return Number(expires) <= now() ? 'expired' : 'valid';
    },
    variantOf(query) {
      const variant = parseVariant(query);
      return variant === 'malformed' ? undefined : variant;
    },
  };
}

function variantText(variant: MediaVariant): string {
  return 'size' in variant ? `size=${variant.size}` : `format=${variant.format}:bitrate=${variant.bitrate}`;
}

function variantParams(variant: MediaVariant): Record<string, string> {
  return 'size' in variant
    ? { size: String(variant.size) }
    : { format: variant.format, bitrate: String(variant.bitrate) };
}

const SMALL_NUMBER = /^[1-9]\d{0,4}$/;

/** Only canonical spellings: one variant has one link, and the signature covers exactly what is used. */
function parseVariant(query: Record<string, unknown>): MediaVariant | undefined | 'malformed' {
  const { format, bitrate, size } = query;
  if (format === undefined && bitrate === undefined && size === undefined) return undefined;
  if (size !== undefined) {
    if (format !== undefined || bitrate !== undefined) return 'malformed';
    return typeof size === 'string' && SMALL_NUMBER.test(size) ? { size: Number(size) } : 'malformed';
  }
  if (typeof format !== 'string' || !(TRANSCODE_FORMATS as readonly string[]).includes(format)) return 'malformed';
  if (typeof bitrate !== 'string' || !SMALL_NUMBER.test(bitrate)) return 'malformed';
  return { format: format as TranscodeFormat, bitrate: Number(bitrate) };
}
