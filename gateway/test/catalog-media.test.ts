import { execFile } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededUser, seed } from './support/seed.js';
import { stackVariants, startStack, type TestStack } from './support/stack.js';
import { readFixture, type SongFields } from './support/uploads.js';

const run = promisify(execFile);
const ffprobe = await run('ffprobe', ['-version']).then(
  () => true,
  () => false,
);
if (!ffprobe) console.warn('ffprobe is not installed (apt-get install -y ffmpeg): skipping the ffprobe test');

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Fetched {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** The signing scheme the catalog documents, for URLs a client could not have been given. */
function signMediaUrl(secret: string, kind: 'audio' | 'cover', songId: string, userId: string, expires: number) {
  const signature = createHmac('sha256', secret)
    .update(`sp0t1fy-media:${kind}:${songId}:${userId}:${expires}`)
    .digest('base64url');
  return `/media/songs/${songId}/${kind}?user=${userId}&expires=${expires}&signature=${signature}`;
}

describe.each(await stackVariants())('audio through the gateway ($label)', (backend) => {
  let stack: TestStack;
  let alice: SeededUser;
  let speech: SongFields;
  let audio: Buffer;
  let secret: string;
  const N = 163_383; // speech-cbr128.mp3

  beforeAll(async () => {
    stack = await startStack(backend, { layout: backend.layout });
    alice = await seed(stack.client).user();
    speech = await seed(stack.client).song(alice, 'speech-cbr128.mp3');
    audio = await readFixture('speech-cbr128.mp3');
    // Generated into DATA_DIR by the catalog, as AUDIO_URL_SECRET is not set.
    secret = (await readFile(join(stack.dataDir, 'audio-url-secret'), 'utf8')).trim();
  });
  afterAll(() => stack?.close());

  async function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Fetched> {
    const response = await fetch(`${stack.gatewayUrl}${path}`, { method, headers });
    return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
  }

  it.each(['speech-cbr128.mp3', 'tone-vbr-mono.mp3', 'tones-with-cover.mp3', 'id3v24-unicode.mp3'])(
    'streams %s byte for byte as uploaded, with its cover',
    async (fixture) => {
      const bytes = await readFixture(fixture);
      const song = await seed(stack.client).song(alice, fixture);
      const response = await get(song.streamUrl);
      expect(response.status).toBe(200);
      expect(response.body).toStrictEqual(bytes);
      expect(sha256(response.body)).toBe(song.sha256);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        'content-type': 'audio/mpeg',
        'content-length': String(bytes.length),
        'accept-ranges': 'bytes',
        etag: `"${song.sha256}"`,
        'cache-control': 'private, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
      });
      if (song.coverUrl) {
        const cover = await get(song.coverUrl);
        expect(cover.status).toBe(200);
        expect(cover.headers.get('etag')).toBe(`"${sha256(cover.body)}"`);
        expect(cover.headers.get('content-type')).toMatch(/^image\/(jpeg|png)$/);
      }
    },
  );

  it('signs URLs for hours, so a listening session keeps seeking', () => {
    const url = new URL(speech.streamUrl, 'http://x');
    const lifetime = Number(url.searchParams.get('expires')) - Date.now() / 1000;
    expect(lifetime).toBeGreaterThan(5 * 3600 - 60);
    expect(lifetime).toBeLessThanOrEqual(6 * 3600);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await get(speech.streamUrl, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(N));
    expect(head.body.length).toBe(0);
    const ranged = await get(speech.streamUrl, { range: 'bytes=0-1' }, 'HEAD');
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe(`bytes 0-1/${N}`);
  });

  /** [Range header, status, first byte, last byte] — modelled on Go's ServeContent and nginx's range tests. */
  const RANGES: Array<[string, 200 | 206 | 416, number?, number?]> = [
    ['bytes=0-1', 206, 0, 1], // Safari's first request
    ['bytes=0-0', 206, 0, 0],
    ['bytes=0-', 206, 0, N - 1],
    ['bytes=100-199', 206, 100, 199],
    ['bytes=100-', 206, 100, N - 1],
    ['bytes=-1', 206, N - 1, N - 1],
    ['bytes=-500', 206, N - 500, N - 1],
    ['bytes=-1000000', 206, 0, N - 1], // a suffix longer than the file is the whole file
    [`bytes=${N - 1}-${N + 1000}`, 206, N - 1, N - 1], // the end is clamped
    [`bytes=0-${N * 2}`, 206, 0, N - 1],
    ['bytes= 5-9 ', 206, 5, 9],
    ['BYTES=5-9', 206, 5, 9],
    [`bytes=0-0,${N}-`, 206, 0, 0], // unsatisfiable members of a set are dropped
    [`bytes=${N}-`, 416],
    [`bytes=${N}-${N + 10}`, 416],
    ['bytes=-0', 416],
    ['bytes=5-2', 200], // invalid: ignored, whole body
    ['bytes=abc', 200],
    ['bytes=', 200],
    ['items=0-5', 200], // unknown unit: ignored
    ['bytes=0-1,5-6', 200], // several ranges: the whole body, never a wrong one
    ['bytes=0-1,1-2', 200],
  ];

  it.each(RANGES)('Range %s → %i', async (range, status, first, last) => {
    const response = await get(speech.streamUrl, { range });
    expect(response.status).toBe(status);
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    if (status === 206) {
      expect(response.headers.get('content-range')).toBe(`bytes ${first}-${last}/${N}`);
      expect(response.headers.get('content-length')).toBe(String(last! - first! + 1));
      expect(response.body).toStrictEqual(audio.subarray(first, last! + 1));
    } else if (status === 416) {
      expect(response.headers.get('content-range')).toBe(`bytes */${N}`);
      expect(response.body.length).toBe(0);
    } else {
      expect(response.headers.get('content-range')).toBeNull();
      expect(response.body).toStrictEqual(audio);
    }
  });

  it('seeks the way a player does: consecutive ranges rebuild the file', async () => {
    const parts: Buffer[] = [];
    for (let start = 0; start < N; start += 50_000) {
      const response = await get(speech.streamUrl, { range: `bytes=${start}-${start + 49_999}` });
      expect(response.status).toBe(206);
      parts.push(response.body);
    }
    expect(Buffer.concat(parts)).toStrictEqual(audio);
  });

  it.each([
    ['If-None-Match with the ETag', { 'if-none-match': `"${sha256(Buffer.alloc(0))}", "SHA"` }, 304],
    ['If-None-Match *', { 'if-none-match': '*' }, 304],
    ['If-None-Match with another tag', { 'if-none-match': '"other"' }, 200],
    ['If-Range with the ETag', { 'if-range': 'SHA', range: 'bytes=0-1' }, 206],
    [
      'If-Range with a weak ETag (weak validators never allow a range)',
      { 'if-range': 'W/SHA', range: 'bytes=0-1' },
      200,
    ],
    ['If-Range with another ETag', { 'if-range': '"other"', range: 'bytes=0-1' }, 200],
    ['If-Range with a date', { 'if-range': new Date(Date.now() + 3_600_000).toUTCString(), range: 'bytes=0-1' }, 200],
  ])('%s → %i', async (_name, headers, status) => {
    const etag = `"${speech.sha256}"`;
    const withEtag = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [name, value.replace('"SHA"', etag).replace('SHA', etag)]),
    );
    const response = await get(speech.streamUrl, withEtag);
    expect(response.status).toBe(status);
    if (status === 304) {
      expect(response.body.length).toBe(0);
      expect(response.headers.get('etag')).toBe(etag);
    }
    if (status === 206) expect(response.body).toStrictEqual(audio.subarray(0, 2));
    if (status === 200) expect(response.body).toStrictEqual(audio);
  });

  describe('signed URLs', () => {
    const url = () => new URL(speech.streamUrl, 'http://x');
    const withParams = (changes: Record<string, string | null>, path = url().pathname) => {
      const params = url().searchParams;
      for (const [name, value] of Object.entries(changes)) {
        if (value === null) params.delete(name);
        else params.set(name, value);
      }
      return `${path}?${params}`;
    };

    it.each([
      [
        'a changed signature',
        () => {
          // Another first character, whatever the signature starts with (one link in 64 starts with A).
          const signature = url().searchParams.get('signature')!;
          return withParams({ signature: `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}` });
        },
      ],
      ['a truncated signature', () => withParams({ signature: url().searchParams.get('signature')!.slice(0, 20) })],
      ['no signature', () => withParams({ signature: null })],
      ['another user', () => withParams({ user: '00000000-0000-4000-8000-000000000000' })],
      ['a later expiry', () => withParams({ expires: String(Number(url().searchParams.get('expires')) + 3600) })],
      ['the audio signature on the cover route', () => withParams({}, url().pathname.replace(/audio$/, 'cover'))],
      ['a signature made with another secret', () => signMediaUrl('x'.repeat(48), 'audio', speech.id, alice.id, 2e9)],
      ['no query at all', () => url().pathname],
    ])('refuses %s with 403', async (_name, path) => {
      const response = await get(path());
      expect(response.status).toBe(403);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.body.toString()).not.toContain('ID3');
    });

    it('refuses an expired URL with 410', async () => {
      const expired = signMediaUrl(secret, 'audio', speech.id, alice.id, Math.floor(Date.now() / 1000) - 1);
      expect((await get(expired)).status).toBe(410);
    });

    it('accepts a URL signed with the same scheme before it expires', async () => {
      const valid = signMediaUrl(secret, 'audio', speech.id, alice.id, Math.floor(Date.now() / 1000) + 60);
      const response = await get(valid, { range: 'bytes=0-1' });
      expect(response.status).toBe(206);
    });

    it('answers 404 for an unknown song, a deleted one and a song without a cover', async () => {
      const unknown = signMediaUrl(secret, 'audio', '00000000-0000-4000-8000-000000000000', alice.id, 2e9);
      expect((await get(unknown)).status).toBe(404);

      const doomed = await seed(stack.client).song(alice, 'mpeg25-8khz.mp3');
      expect((await get(doomed.streamUrl)).status).toBe(200);
      await alice.client.request('mutation ($id: ID!) { deleteSong(id: $id) }', { id: doomed.id });
      expect((await get(doomed.streamUrl)).status).toBe(404);

      expect(speech.coverUrl).toBeNull();
      expect((await get(signMediaUrl(secret, 'cover', speech.id, alice.id, 2e9))).status).toBe(404);
    });

    it('refuses methods other than GET and HEAD', async () => {
      const response = await fetch(`${stack.gatewayUrl}${speech.streamUrl}`, { method: 'POST' });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    });
  });

  it.skipIf(!ffprobe)('is read by ffprobe from its streamUrl with the right duration', async () => {
    const { stdout } = await run('ffprobe', [
      '-v',
      'error',
      '-show_entries',
      'format=duration,format_name:stream=codec_name,sample_rate,channels',
      '-of',
      'json',
      `${stack.gatewayUrl}${speech.streamUrl}`,
    ]);
    const probed = JSON.parse(stdout) as {
      format: { duration: string; format_name: string };
      streams: Array<{ codec_name: string; sample_rate: string; channels: number }>;
    };
    expect(probed.format.format_name).toBe('mp3');
    expect(Math.abs(Number(probed.format.duration) - speech.durationSeconds)).toBeLessThanOrEqual(0.05);
    expect(probed.streams[0]).toMatchObject({ codec_name: 'mp3', sample_rate: '44100', channels: 1 });
  });
});
