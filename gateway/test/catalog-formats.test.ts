import { createHash } from 'node:crypto';
import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from './support/client.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import { readFixture, storedState, uploadFile } from './support/uploads.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const formats = (name: string) => readFixture(`formats/${name}`);

const TAGGED = {
  title: 'Nine Tones',
  artist: 'Björk',
  album: 'Formats — 日本語',
  genre: 'Electronic',
  releaseYear: 2001,
};

/** Durations as ffprobe gives them (the fixtures README); the probe must agree within 0.1 s. */
const GOOD = [
  {
    file: 'flac-16-tags-cover.flac',
    durationSeconds: 3,
    song: { codec: 'FLAC', mimeType: 'audio/flac', fileExtension: 'flac', lossless: true, bitDepth: 16, channels: 2 },
    tags: TAGGED,
    cover: 'image/png',
  },
  {
    file: 'flac-24bit.flac',
    durationSeconds: 2,
    song: { codec: 'FLAC', mimeType: 'audio/flac', fileExtension: 'flac', lossless: true, bitDepth: 24, channels: 2 },
    tags: { title: 'Deep Tone', artist: 'Unknown artist' },
    cover: null,
  },
  {
    file: 'flac-5.1.flac',
    durationSeconds: 1.5,
    song: { codec: 'FLAC', mimeType: 'audio/flac', fileExtension: 'flac', lossless: true, bitDepth: 16, channels: 6 },
    tags: { title: 'Surround Tones' },
    cover: null,
  },
  {
    file: 'm4a-aac-tags-cover.m4a',
    durationSeconds: 3,
    song: { codec: 'AAC', mimeType: 'audio/mp4', fileExtension: 'm4a', lossless: false, bitDepth: null, channels: 2 },
    tags: TAGGED,
    cover: 'image/png',
  },
  {
    file: 'm4a-alac.m4a',
    durationSeconds: 2,
    song: { codec: 'ALAC', mimeType: 'audio/mp4', fileExtension: 'm4a', lossless: true, bitDepth: 16, channels: 1 },
    tags: { title: 'Apple Lossless', artist: 'Tone Maker' },
    cover: null,
  },
  {
    file: 'ogg-vorbis-tags.ogg',
    durationSeconds: 3,
    song: {
      codec: 'VORBIS',
      mimeType: 'audio/ogg',
      fileExtension: 'ogg',
      lossless: false,
      bitDepth: null,
      channels: 2,
    },
    tags: TAGGED,
    cover: null,
  },
  {
    file: 'opus-tags.opus',
    durationSeconds: 3.007,
    song: { codec: 'OPUS', mimeType: 'audio/ogg', fileExtension: 'opus', lossless: false, bitDepth: null, channels: 2 },
    tags: TAGGED,
    cover: null,
  },
  {
    file: 'wav-pcm16.wav',
    durationSeconds: 2,
    song: { codec: 'PCM', mimeType: 'audio/wav', fileExtension: 'wav', lossless: true, bitDepth: 16, channels: 1 },
    tags: { title: 'Plain Wave', artist: 'Tone Maker' },
    cover: null,
  },
  {
    file: 'mp3-named.m4a',
    durationSeconds: 1.071,
    song: { codec: 'MP3', mimeType: 'audio/mpeg', fileExtension: 'mp3', lossless: false, bitDepth: null, channels: 1 },
    tags: { title: 'Army of Me', artist: 'Björk', album: 'Post' },
    cover: null,
  },
] as const;

const BAD: Array<[file: string, reason: string]> = [
  ['cut-flac-16-tags-cover.flac', 'UNDECODABLE'],
  ['cut-m4a-aac-tags-cover.m4a', 'UNDECODABLE'],
  ['cut-m4a-alac.m4a', 'UNDECODABLE'],
  ['cut-ogg-vorbis-tags.ogg', 'UNDECODABLE'],
  ['cut-opus-tags.opus', 'UNDECODABLE'],
  ['cut-wav-pcm16.wav', 'UNDECODABLE'],
  ['flac-header-then-noise.flac', 'UNDECODABLE'],
  ['text-named.flac', 'NOT_AUDIO'],
  ['png-named.m4a', 'NOT_AUDIO'],
  ['video-only.mp4', 'UNSUPPORTED_CODEC'],
  ['mp3-in-mp4.m4a', 'UNSUPPORTED_CODEC'],
  ['opus-in-webm.webm', 'UNSUPPORTED_CODEC'],
  ['flac-in-ogg.ogg', 'UNSUPPORTED_CODEC'],
];

const LISTED = /* GraphQL */ `
  query ($id: ID!) {
    song(id: $id) { id title codec bitDepth lossless fileExtension mimeType channels durationSeconds sha256 streamUrl coverUrl }
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

  it.each(GOOD)('accepts $file, lists it with its format and tags, and streams it byte-exact', async (fixture) => {
    const bytes = await formats(fixture.file);
    const uploaded = await uploadFile(stack.gatewayUrl, { token: alice.token, bytes, filename: fixture.file });
    expect(uploaded.errors).toBeUndefined();
    const id = uploaded.data!.uploadSong.id;

    const listed = await alice.client.request<{
      song: Record<string, unknown> & { streamUrl: string; coverUrl: string | null; durationSeconds: number };
    }>(LISTED, { id });
    const song = listed.data!.song;
    expect(song).toMatchObject({ ...fixture.song, sha256: sha256(bytes) });
    expect(uploaded.data!.uploadSong).toMatchObject(fixture.tags);
    expect(Math.abs(song.durationSeconds - fixture.durationSeconds)).toBeLessThanOrEqual(0.1);

    const download = await fetch(`${stack.gatewayUrl}${song.streamUrl}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe(fixture.song.mimeType);
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
  });

  it.each(BAD)('refuses %s with %s and leaves nothing behind', async (file, reason) => {
    const before = await stored();
    const response = await uploadFile(stack.gatewayUrl, {
      token: alice.token,
      bytes: await formats(file),
      filename: file,
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions).toMatchObject({ field: 'file', reason });
    expect(response.data).toBeNull();
    expect(await stored()).toEqual({ ...before, tmp: [] });
  });
});
