import { describe, expect, it } from 'vitest';
import { createMediaUrls } from '../src/providers/media-urls.js';

const SECRET = 'a test secret that is long enough for HMAC-SHA256';
const SONG = '3f1c2a9e-7b7d-4a8e-9f00-5d2c1e0b9a11';
const USER = '0b8e5c3a-1d2f-4e6a-8b9c-7d0e1f2a3b4c';

function urls(now = 1_800_000_000, ttlSeconds = 6 * 3600) {
  let clock = now;
  const media = createMediaUrls({ secret: SECRET, ttlSeconds, now: () => clock });
  const query = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);
  return { media, query, setNow: (seconds: number) => (clock = seconds) };
}

describe('signed media URLs', () => {
  it('are relative paths naming the song, the user, the expiry and a signature', () => {
    const { media } = urls();
    expect(media.sign('audio', SONG, USER)).toMatch(
      new RegExp(`^/media/songs/${SONG}/audio\\?user=${USER}&expires=\\d+&signature=[A-Za-z0-9_-]{43}$`),
    );
    expect(media.sign('cover', SONG, USER)).toMatch(new RegExp(`^/media/songs/${SONG}/cover\\?`));
  });

  it('verify as long as they have not expired', () => {
    const { media, query, setNow } = urls();
    const params = query(media.sign('audio', SONG, USER));
    expect(media.verify('audio', SONG, params)).toBe('valid');
    setNow(Number(params.expires) - 1);
    expect(media.verify('audio', SONG, params)).toBe('valid');
    setNow(Number(params.expires));
    expect(media.verify('audio', SONG, params)).toBe('expired');
  });

  it('live between ttl - step and ttl, and stay the same within a step so browsers can cache them', () => {
    const start = 1_800_000_000 - (1_800_000_000 % 3600); // the start of a step (an hour for a 6 h ttl)
    const { media, query, setNow } = urls(start);
    const first = media.sign('audio', SONG, USER);
    expect(Number(query(first).expires) - start).toBe(6 * 3600);
    setNow(start + 3599);
    expect(media.sign('audio', SONG, USER)).toBe(first);
    expect(Number(query(first).expires) - (start + 3599)).toBeGreaterThan(5 * 3600);
    setNow(start + 3600);
    expect(media.sign('audio', SONG, USER)).not.toBe(first);
  });

  it.each([
    ['another song', (p: Record<string, string>) => p, 'audio', '4f1c2a9e-7b7d-4a8e-9f00-5d2c1e0b9a11'],
    ['another kind', (p: Record<string, string>) => p, 'cover', SONG],
    ['another user', (p: Record<string, string>) => ({ ...p, user: SONG }), 'audio', SONG],
    [
      'a later expiry',
      (p: Record<string, string>) => ({ ...p, expires: String(Number(p.expires) + 1) }),
      'audio',
      SONG,
    ],
    [
      'a changed signature',
      (p: Record<string, string>) => ({ ...p, signature: `${p.signature!.slice(0, 42)}A` }),
      'audio',
      SONG,
    ],
    [
      'a short signature',
      (p: Record<string, string>) => ({ ...p, signature: p.signature!.slice(0, 10) }),
      'audio',
      SONG,
    ],
    ['no signature', ({ signature: _s, ...p }: Record<string, string>) => p, 'audio', SONG],
    ['a repeated parameter', (p: Record<string, string>) => ({ ...p, user: [USER, USER] as never }), 'audio', SONG],
    ['a non-numeric expiry', (p: Record<string, string>) => ({ ...p, expires: '1e12' }), 'audio', SONG],
  ] as const)('are forged with %s', (_name, change, kind, song) => {
    const { media, query } = urls();
    const params = change(query(media.sign('audio', SONG, USER)));
    expect(media.verify(kind, song, params)).toBe('forged');
  });

  it('accept only the exact signature, not another spelling of the same bytes', () => {
    const { media, query } = urls();
    const params = query(media.sign('audio', SONG, USER));
    const signature = params.signature ?? '';
    // The last base64url character of a 32-byte MAC carries two unused bits: flipping them decodes
    // to the same bytes, and must still be refused.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(signature.at(-1) ?? 'A');
    const sameBytes = `${signature.slice(0, -1)}${alphabet[last ^ 1]}`;
    expect(Buffer.from(sameBytes, 'base64url')).toEqual(Buffer.from(signature, 'base64url'));
    expect(media.verify('audio', SONG, { ...params, signature: sameBytes })).toBe('forged');
  });

  it('are forged when signed with another secret', () => {
    const { media, query } = urls();
    const other = createMediaUrls({ secret: `${SECRET}!`, ttlSeconds: 3600, now: () => 1_800_000_000 });
    expect(media.verify('audio', SONG, query(other.sign('audio', SONG, USER)))).toBe('forged');
  });
});

describe('signed media URLs for a transcode or a scaled cover', () => {
  it('carry format and bitrate (or size) under the signature, and leave the original link as it was', () => {
    const { media, query } = urls();
    const original = media.sign('audio', SONG, USER);
    const opus = media.sign('audio', SONG, USER, { format: 'opus', bitrate: 96 });
    expect(opus).toMatch(new RegExp(`^/media/songs/${SONG}/audio\\?format=opus&bitrate=96&user=${USER}&expires=`));
    expect(media.verify('audio', SONG, query(opus))).toBe('valid');
    expect(media.variantOf(query(opus))).toEqual({ format: 'opus', bitrate: 96 });
    expect(media.variantOf(query(original))).toBeUndefined();
    const cover = media.sign('cover', SONG, USER, { size: 300 });
    expect(media.verify('cover', SONG, query(cover))).toBe('valid');
    expect(media.variantOf(query(cover))).toEqual({ size: 300 });
  });

  it('are forged once format, bitrate or size is altered, added or removed', () => {
    const { media, query } = urls();
    const opus = query(media.sign('audio', SONG, USER, { format: 'opus', bitrate: 96 }));
    const original = query(media.sign('audio', SONG, USER));
    expect(media.verify('audio', SONG, { ...opus, format: 'mp3' })).toBe('forged');
    expect(media.verify('audio', SONG, { ...opus, bitrate: '320' })).toBe('forged');
    expect(media.verify('audio', SONG, { ...opus, bitrate: '096' })).toBe('forged');
    expect(media.verify('audio', SONG, { ...opus, format: 'flac' })).toBe('forged');
    expect(media.verify('audio', SONG, { ...opus, format: undefined, bitrate: undefined })).toBe('forged');
    expect(media.verify('audio', SONG, { ...original, format: 'mp3', bitrate: '128' })).toBe('forged');
    expect(media.verify('audio', SONG, { ...opus, size: '300' })).toBe('forged');
    const cover = query(media.sign('cover', SONG, USER, { size: 300 }));
    expect(media.verify('cover', SONG, { ...cover, size: '301' })).toBe('forged');
    expect(media.verify('audio', SONG, cover)).toBe('forged');
  });
});
