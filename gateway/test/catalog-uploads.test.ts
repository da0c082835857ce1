import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { audioFixture } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type GraphQLResponse } from './support/client.js';
import { type SeededUser, seed } from './support/seed.js';
import { stackVariants, startStack, type TestStack } from './support/stack.js';
import { catalogStorage, readFixture, storedState, UPLOAD_SONG, uploadFile } from './support/uploads.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The three shared fixtures' digests, as the fixtures README gives them. */
const README_SHA256: Record<string, string> = {
  'speech-cbr128.mp3': '5d8b81c9498340f209c2fc263e7e632f2d46c486401320a07e948bdd52add349',
  'tone-vbr-mono.mp3': 'c9f2ef10b0d4fc08b473f8dbc878524ccc497d72e10c2693112be6db2f945494',
  'tones-with-cover.mp3': '7c05ddedf4dd9b55aa73ad7bbac0bf6d5b433257e5fc396fb79ca09f958578ad',
};

/** What each good fixture must come out as (durations as ffprobe reports them, ±0.05 s). */
const GOOD_FIXTURES = [
  {
    file: 'speech-cbr128.mp3',
    durationSeconds: 10.16,
    song: { bitrateKbps: 128, sampleRateHz: 44100, channels: 1 },
    tags: {
      title: 'Counting Test',
      artist: 'The Fixtures',
      album: 'Open Samples',
      releaseYear: 2024,
      genre: 'Spoken Word',
    },
    cover: null,
  },
  {
    file: 'tone-vbr-mono.mp3',
    durationSeconds: 8.07,
    song: { bitrateKbps: 13, sampleRateHz: 22050, channels: 1 },
    // No tags at all: the title is the file name without its extension.
    tags: { title: 'tone-vbr-mono', artist: 'Unknown artist', album: null, releaseYear: null, genre: null },
    cover: null,
  },
  {
    file: 'tones-with-cover.mp3',
    durationSeconds: 12.04,
    song: { bitrateKbps: 192, sampleRateHz: 44100, channels: 2 },
    tags: { title: 'Rising Tones', artist: 'Sine Ensemble', album: 'Waves', releaseYear: 2023, genre: 'Electronic' },
    cover: 'image/jpeg',
  },
  {
    file: 'id3v1-only.mp3',
    durationSeconds: 1.599,
    song: { bitrateKbps: 32, sampleRateHz: 22050, channels: 1 },
    tags: { title: 'Plain Title', artist: 'Latin Artist', album: 'Old Album', releaseYear: 1999, genre: 'Jazz' },
    cover: null,
  },
  {
    file: 'id3v23-unicode.mp3',
    durationSeconds: 1.567,
    song: { bitrateKbps: 32, sampleRateHz: 22050, channels: 1 },
    tags: { title: 'Jóga — 日本語', artist: 'Björk', album: 'Homogenic 🎵', releaseYear: 1997, genre: 'Electronic' },
    cover: null,
  },
  {
    file: 'id3v24-unicode.mp3',
    durationSeconds: 1.567,
    song: { bitrateKbps: 32, sampleRateHz: 22050, channels: 1 },
    tags: { title: 'Jóga — 日本語', artist: 'Björk', album: 'Homogénic', releaseYear: 1997, genre: 'Electronic' },
    cover: 'image/png',
  },
  {
    file: 'mpeg25-8khz.mp3',
    durationSeconds: 2.16,
    song: { bitrateKbps: 16, sampleRateHz: 8000, channels: 1 },
    tags: { title: 'mpeg25-8khz', artist: 'Unknown artist', album: null, releaseYear: null, genre: null },
    cover: null,
  },
  {
    file: 'cbr-no-info-tag.mp3',
    durationSeconds: 1.045,
    song: { bitrateKbps: 64, sampleRateHz: 44100, channels: 1 },
    tags: { title: 'cbr-no-info-tag', artist: 'Unknown artist', album: null, releaseYear: null, genre: null },
    cover: null,
  },
] as const;

const NOT_AUDIO = 'This file is not an audio file we accept (MP3, FLAC, AAC or ALAC in M4A, Ogg Vorbis, Opus and WAV).';
const UNSUPPORTED =
  'This file holds no audio in a format we accept (MP3, FLAC, AAC or ALAC in M4A, Ogg Vorbis, Opus and WAV).';
const UNDECODABLE = 'The audio in this file could not be decoded. The file may be damaged or incomplete.';

/** Inputs that must be refused, each built from the fixtures; every one is named .mp3. */
const BAD_INPUTS: Array<{ name: string; bytes: () => Promise<Buffer>; message: string; reason: string }> = [
  { name: 'not-audio.mp3 (text)', bytes: () => readFixture('not-audio.mp3'), message: NOT_AUDIO, reason: 'NOT_AUDIO' },
  {
    name: 'sync-then-noise.mp3 (a frame header, then random bytes)',
    bytes: () => readFixture('sync-then-noise.mp3'),
    message: UNDECODABLE,
    reason: 'UNDECODABLE',
  },
  { name: 'a PNG renamed .mp3', bytes: () => readFixture('png-renamed.mp3'), message: NOT_AUDIO, reason: 'NOT_AUDIO' },
  {
    name: 'an ID3 tag followed by HTML',
    bytes: () => readFixture('id3-then-html.mp3'),
    message: NOT_AUDIO,
    reason: 'NOT_AUDIO',
  },
  {
    name: 'MPEG Layer II',
    bytes: () => readFixture('layer2-renamed.mp3'),
    message: UNSUPPORTED,
    reason: 'UNSUPPORTED_CODEC',
  },
  {
    name: 'AAC in ADTS',
    bytes: () => readFixture('aac-adts-renamed.mp3'),
    message: UNSUPPORTED,
    reason: 'UNSUPPORTED_CODEC',
  },
  { name: 'a zero-byte file', bytes: async () => Buffer.alloc(0), message: 'This file is empty.', reason: 'EMPTY' },
  {
    name: 'the first 300 bytes of an MP3 (truncated)',
    bytes: async () => (await readFixture('speech-cbr128.mp3')).subarray(0, 300),
    message: UNDECODABLE,
    reason: 'UNDECODABLE',
  },
  {
    name: 'a VBR MP3 cut in half',
    bytes: async () => {
      const file = await readFixture('tone-vbr-mono.mp3');
      return file.subarray(0, file.length / 2);
    },
    message: UNDECODABLE,
    reason: 'UNDECODABLE',
  },
  {
    name: 'an ID3v2 tag with no audio',
    bytes: async () => (await readFixture('speech-cbr128.mp3')).subarray(0, 252),
    message: 'This file contains tags but no audio.',
    reason: 'NO_AUDIO',
  },
  {
    name: 'random bytes',
    bytes: async () => createHash('sha512').update('noise').digest().subarray(0, 64).fill(7, 0, 1),
    message: NOT_AUDIO,
    reason: 'NOT_AUDIO',
  },
];

describe.each(await stackVariants())('catalog uploads through the gateway ($label)', (backend) => {
  let stack: TestStack;
  let alice: SeededUser;
  beforeAll(async () => {
    stack = await startStack(backend, { layout: backend.layout });
    alice = await seed(stack.client).user({ displayName: 'Alice' });
  });
  afterAll(() => stack?.close());

  const stored = () => storedState(alice.client, stack.dataDir);

  it.each(GOOD_FIXTURES)('accepts $file with its tags, format and cover', async (fixture) => {
    const bytes = await readFixture(fixture.file);
    const response = await uploadFile(stack.gatewayUrl, { token: alice.token, bytes, filename: fixture.file });
    expect(response.errors).toBeUndefined();
    const song = response.data!.uploadSong;
    expect(song).toMatchObject({
      ...fixture.song,
      ...fixture.tags,
      mimeType: 'audio/mpeg',
      codec: 'MP3',
      bitDepth: null,
      lossless: false,
      fileExtension: 'mp3',
      sizeBytes: bytes.length,
      sha256: README_SHA256[fixture.file] ?? sha256(bytes),
      uploadedBy: { id: alice.id, displayName: 'Alice' },
    });
    expect(song.sha256).toBe(sha256(bytes));
    expect(Math.abs(song.durationSeconds - fixture.durationSeconds)).toBeLessThanOrEqual(0.05);
    expect(song.streamUrl).toMatch(
      new RegExp(`^/media/songs/${song.id}/audio\\?user=${alice.id}&expires=\\d+&signature=[\\w-]{43}$`),
    );
    if (fixture.cover) {
      expect(song.coverUrl).toMatch(new RegExp(`^/media/songs/${song.id}/cover\\?user=${alice.id}&expires=\\d+&`));
      const cover = await fetch(`${stack.gatewayUrl}${song.coverUrl}`);
      expect(cover.status).toBe(200);
      expect(cover.headers.get('content-type')).toBe(fixture.cover);
    } else {
      expect(song.coverUrl).toBeNull();
    }
    expect(Date.parse(song.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await stored()).tmp).toEqual([]);
  });

  it('judges by content: an MP3 named .txt and sent as text/plain is accepted', async () => {
    const bytes = await readFixture('speech-cbr128.mp3');
    const response = await uploadFile(stack.gatewayUrl, {
      token: alice.token,
      bytes,
      filename: 'notes.txt',
      contentType: 'text/plain',
    });
    expect(response.data?.uploadSong).toMatchObject({ title: 'Counting Test', mimeType: 'audio/mpeg' });
  });

  it('lets metadata override the tags, and falls back to the file name without folders or extension', async () => {
    const bytes = await readFixture('speech-cbr128.mp3');
    const overridden = await uploadFile(stack.gatewayUrl, {
      token: alice.token,
      bytes,
      filename: 'speech.mp3',
      metadata: { title: '  Counting, Revisited ', artist: 'Ada', album: '', genre: 'Talk', releaseYear: 1999 },
    });
    expect(overridden.data?.uploadSong).toMatchObject({
      title: 'Counting, Revisited',
      artist: 'Ada',
      album: null,
      genre: 'Talk',
      releaseYear: 1999,
    });

    const untagged = await uploadFile(stack.gatewayUrl, {
      token: alice.token,
      bytes: await readFixture('tone-vbr-mono.mp3'),
      filename: 'C:\\Music\\My "Best" Tone.final.mp3',
      metadata: { album: 'Kept' },
    });
    expect(untagged.data?.uploadSong).toMatchObject({
      title: 'My "Best" Tone.final',
      artist: 'Unknown artist',
      album: 'Kept',
    });
  });

  it('stores the same file once, however many songs use it', async () => {
    const bytes = await readFixture('cbr-no-info-tag.mp3');
    const key = sha256(bytes);
    const blobPath = join(key.slice(0, 2), key.slice(2, 4), key);
    const first = await uploadFile(stack.gatewayUrl, { token: alice.token, bytes, filename: 'a.mp3' });
    const second = await uploadFile(stack.gatewayUrl, { token: alice.token, bytes, filename: 'b.mp3' });
    expect(first.data?.uploadSong.id).not.toBe(second.data?.uploadSong.id);
    expect(second.data?.uploadSong.sha256).toBe(key);
    const { blobs } = await stored();
    expect(blobs.filter((path) => path === blobPath)).toHaveLength(1);
    expect(await readFile(join(catalogStorage(stack.dataDir).blobs, blobPath))).toStrictEqual(bytes);
  });

  it.each(BAD_INPUTS)(
    'refuses $name with BAD_USER_INPUT and leaves nothing behind',
    async ({ bytes, message, reason }) => {
      const before = await stored();
      const response = await uploadFile(stack.gatewayUrl, {
        token: alice.token,
        bytes: await bytes(),
        filename: 'x.mp3',
      });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]).toMatchObject({ message, extensions: { field: 'file', reason } });
      expect(response.data).toBeNull();
      expect(await stored()).toEqual({ ...before, tmp: [] });
    },
  );

  it.each([
    [{ title: 'x'.repeat(201) }, 'title', /at most 200 characters/],
    [{ title: '   ' }, 'title', /Enter a title/],
    [{ artist: 'a'.repeat(201) }, 'artist', /at most 200 characters/],
    [{ album: 'a'.repeat(201) }, 'album', /at most 200 characters/],
    [{ genre: 'g'.repeat(65) }, 'genre', /at most 64 characters/],
    [{ title: 'Bell\u0007' }, 'title', /control characters/],
    [{ releaseYear: 999 }, 'releaseYear', /1000 to 2100/],
    [{ releaseYear: 2101 }, 'releaseYear', /1000 to 2100/],
  ])('refuses metadata %j with BAD_USER_INPUT on %s, before reading the file', async (metadata, field, message) => {
    const before = await stored();
    const response = await uploadFile(stack.gatewayUrl, {
      token: alice.token,
      bytes: await readFixture('speech-cbr128.mp3'),
      filename: 'x.mp3',
      metadata,
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.field).toBe(field);
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(await stored()).toEqual(before);
  });

  it('refuses a signed-out upload with UNAUTHENTICATED and stores nothing', async () => {
    const before = await stored();
    const response = await uploadFile(stack.gatewayUrl, {
      bytes: await readFixture('speech-cbr128.mp3'),
      filename: 'x.mp3',
    });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(await stored()).toEqual(before);
  });

  it('refuses a multipart request without the CSRF preflight header', async () => {
    const response = await uploadFile(stack.gatewayUrl, {
      token: alice.token,
      bytes: await readFixture('speech-cbr128.mp3'),
      filename: 'x.mp3',
      preflight: false,
    });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/apollo-require-preflight/);
  });

  it('accepts one file per request', async () => {
    const before = await stored();
    const bytes = await readFixture('speech-cbr128.mp3');
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: UPLOAD_SONG, variables: { file: null, metadata: null } }));
    form.append('map', JSON.stringify({ 0: ['variables.file'], 1: ['variables.metadata'] }));
    form.append('0', new Blob([bytes]), 'a.mp3');
    form.append('1', new Blob([bytes]), 'b.mp3');
    const response = await fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${alice.token}` },
      body: form,
    });
    const body = (await response.json()) as GraphQLResponse;
    expect(response.status).toBe(413);
    expect(body.errors?.[0]).toMatchObject({
      message: 'Send one file per request',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await stored()).toEqual(before);
  });

  it('uploads with curl as the multipart spec describes it', async () => {
    const operations = JSON.stringify({
      query: 'mutation ($file: Upload!) { uploadSong(file: $file) { id title sha256 } }',
      variables: { file: null },
    });
    const { stdout } = await promisify(execFile)('curl', [
      '--silent',
      '--show-error',
      `${stack.gatewayUrl}/graphql`,
      '-H',
      `Authorization: Bearer ${alice.token}`,
      '-H',
      'apollo-require-preflight: true',
      '-F',
      `operations=${operations}`,
      '-F',
      'map={"0": ["variables.file"]}',
      '-F',
      `0=@${audioFixture('tones-with-cover.mp3')}`,
    ]);
    expect(JSON.parse(stdout)).toMatchObject({
      data: { uploadSong: { title: 'Rising Tones', sha256: README_SHA256['tones-with-cover.mp3'] } },
    });
  });
});

describe.each(await stackVariants())('catalog upload size limit ($label)', (backend) => {
  const LIMIT = 200_000; // between speech-cbr128.mp3 (163,383 bytes) and tones-with-cover.mp3 (290,785)
  let stack: TestStack;
  let user: SeededUser;
  beforeAll(async () => {
    stack = await startStack(backend, { layout: backend.layout, env: { MAX_UPLOAD_BYTES: String(LIMIT) } });
    user = await seed(stack.client).user();
  });
  afterAll(() => stack?.close());

  const leftovers = () => storedState(user.client, stack.dataDir);

  it('accepts a file under the limit, and one of exactly the limit gets past the size check', async () => {
    const song = await seed(stack.client).song(user, 'speech-cbr128.mp3');
    expect(song.sizeBytes).toBe(163_383);
    // Exactly LIMIT bytes: an MP3 with trailing padding, refused only as audio if at all, never as too large.
    const padded = Buffer.concat([await readFixture('speech-cbr128.mp3'), Buffer.alloc(LIMIT - 163_383)]);
    const response = await uploadFile(stack.gatewayUrl, { token: user.token, bytes: padded, filename: 'p.mp3' });
    expect(response.errors?.[0]?.message ?? '').not.toMatch(/too large/);
  });

  it.each([
    ['just over the limit', LIMIT + 1],
    ['far over the limit (more than the stream buffers)', 8 * 1024 * 1024],
  ])('the gateway refuses a file %s with BAD_USER_INPUT, and nothing is stored', async (_name, size) => {
    const before = await leftovers();
    const bytes = Buffer.alloc(size, 0x55);
    const response = await uploadFile(stack.gatewayUrl, { token: user.token, bytes, filename: 'big.mp3' });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]).toMatchObject({
      message: 'This file is too large. The limit is 195.3 KB.',
      extensions: { field: 'file', maxBytes: LIMIT },
    });
    await expect.poll(leftovers).toEqual({ ...before, tmp: [] });
  });

  it('the catalog enforces the limit itself too (a request straight to it)', async () => {
    const before = await leftovers();
    const response = await uploadFile(stack.services.catalog!.url, {
      query: 'mutation ($file: Upload!) { uploadSong(file: $file) { id } }',
      token: user.token,
      bytes: await readFixture('tones-with-cover.mp3'),
      filename: 'big.mp3',
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toBe('This file is too large. The limit is 195.3 KB.');
    expect(await leftovers()).toEqual({ ...before, tmp: [] });
  });
});
