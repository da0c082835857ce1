import { createHash } from 'node:crypto';
import { FORMAT_FIXTURES, type FormatFixture, REFUSED_FORMAT_FIXTURES, testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from './support/client.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import { readFixture, storedState, uploadFile } from './support/uploads.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const formats = (name: string) => readFixture(`formats/${name}`);

/** The probe's mp3 detection, seen through the gateway: an MP3 under an M4A's name. */
const MP3_NAMED_M4A: FormatFixture = {
  file: 'mp3-named.m4a',
  audio: {
    codec: 'MP3',
    mimeType: 'audio/mpeg',
    fileExtension: 'mp3',
    lossless: false,
    bitDepth: null,
    channels: 1,
    sampleRateHz: 22050,
  },
  durationSeconds: 1.071,
  tags: {
    title: 'Army of Me',
    artist: 'Björk',
    album: 'Post',
    albumArtist: 'Björk',
    composer: 'Björk',
    genre: 'Electronic',
    year: 1995,
    trackNumber: 1,
    trackTotal: 3,
    discNumber: 1,
    discTotal: 1,
  },
  cover: null,
};

/** A song's fields as the catalog fills them from these tags, with its defaults for what is missing. */
function songFieldsOf(tags: FormatFixture['tags']) {
  const artist = tags.artist ?? 'Unknown artist';
  return {
    title: tags.title,
    artist,
    album: tags.album ?? null,
    albumArtist: tags.albumArtist ?? artist,
    composer: tags.composer ?? null,
    genre: tags.genre ?? null,
    releaseYear: tags.year ?? null,
    trackNumber: tags.trackNumber ?? null,
    trackTotal: tags.trackTotal ?? null,
    discNumber: tags.discNumber ?? null,
    discTotal: tags.discTotal ?? null,
  };
}

/** The probe's kebab-case reason, as the API spells it. */
const apiReason = (reason: string) => reason.toUpperCase().replaceAll('-', '_');

const LISTED = /* GraphQL */ `
  query ($id: ID!) {
    song(id: $id) {
      id title artist album albumArtist composer genre releaseYear trackNumber trackTotal discNumber discTotal
      codec bitDepth lossless fileExtension mimeType channels sampleRateHz bitrateKbps durationSeconds
      sha256 streamUrl coverUrl
    }
  }
`;

describe.each(await testBackends())('uploads of every format through the gateway ($name)', (backend) => {
  let stack: TestStack;
  let alice: SeededUser;
  beforeAll(async () => {
    stack = await startStack(backend);
    alice = await seed(stack.client).user({ displayName: 'Alice' });
  });
  afterAll(() => stack?.close());

  const stored = () => storedState(alice.client, stack.dataDir);

  it.each([...FORMAT_FIXTURES, MP3_NAMED_M4A])(
    'accepts $file, lists it with its format and tags, and streams it byte-exact',
    async (fixture) => {
      const bytes = await formats(fixture.file);
      const uploaded = await uploadFile(stack.gatewayUrl, { token: alice.token, bytes, filename: fixture.file });
      expect(uploaded.errors).toBeUndefined();
      const id = uploaded.data!.uploadSong.id;

      const listed = await alice.client.request<{
        song: Record<string, unknown> & { streamUrl: string; coverUrl: string | null; durationSeconds: number };
      }>(LISTED, { id });
      const song = listed.data!.song;
      expect(song).toMatchObject({ ...fixture.audio, ...songFieldsOf(fixture.tags), sha256: sha256(bytes) });
      expect(Math.abs(song.durationSeconds - fixture.durationSeconds)).toBeLessThanOrEqual(0.1);

      const download = await fetch(`${stack.gatewayUrl}${song.streamUrl}`);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe(fixture.audio.mimeType);
      expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(bytes));

      const [first, last] = [Math.floor(bytes.length / 3), Math.floor(bytes.length / 3) + 999];
      const ranged = await fetch(`${stack.gatewayUrl}${song.streamUrl}`, {
        headers: { range: `bytes=${first}-${last}` },
      });
      expect(ranged.status).toBe(206);
      expect(ranged.headers.get('content-range')).toBe(`bytes ${first}-${last}/${bytes.length}`);
      expect(Buffer.from(await ranged.arrayBuffer())).toStrictEqual(bytes.subarray(first, last + 1));

      if (fixture.cover) {
        const cover = await fetch(`${stack.gatewayUrl}${song.coverUrl}`);
        expect(cover.status).toBe(200);
        expect(cover.headers.get('content-type')).toBe(fixture.cover);
        expect(Buffer.from(await cover.arrayBuffer())).toStrictEqual(await readFixture('png-renamed.mp3'));
      } else {
        expect(song.coverUrl).toBeNull();
      }
      expect((await stored()).tmp).toEqual([]);
    },
  );

  it.each(REFUSED_FORMAT_FIXTURES)('refuses %s (%s) and leaves nothing behind', async (file, reason) => {
    const before = await stored();
    const response = await uploadFile(stack.gatewayUrl, {
      token: alice.token,
      bytes: await formats(file),
      filename: file,
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions).toMatchObject({ field: 'file', reason: apiReason(reason) });
    expect(response.data).toBeNull();
    expect(await stored()).toEqual({ ...before, tmp: [] });
  });
});
