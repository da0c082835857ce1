import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { audioFixture, testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type GraphQLResponse } from './support/client.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import { uploadFile } from './support/uploads.js';

const listening = (name: string) => `listening/${name}`;

const LYRICS = /* GraphQL */ `
  query ($id: ID!) { song(id: $id) { id lyrics { synced lines { timeMs text } plain source } } }
`;

const UPLOAD_LYRICS = /* GraphQL */ `
  mutation ($songId: ID!, $file: Upload!) {
    uploadLyrics(songId: $songId, file: $file) {
      skippedLines
      song { id lyrics { synced lines { timeMs text } plain source } }
    }
  }
`;

const REMOVE_LYRICS = /* GraphQL */ `
  mutation ($songId: ID!) { removeLyrics(songId: $songId) { id lyrics { synced lines { timeMs text } plain source } } }
`;

interface Lyrics {
  synced: boolean;
  lines: { timeMs: number; text: string }[];
  plain: string;
  source: 'UPLOADED' | 'TAGS';
}

type LyricsUploadResponse = GraphQLResponse<{
  uploadLyrics: { skippedLines: number; song: { lyrics: Lyrics | null } };
}>;

describe.each(await testBackends())('song lyrics, from tags and uploaded .lrc files ($name)', (backend) => {
  let stack: TestStack;
  let alice: SeededUser;
  let bob: SeededUser;
  const songs: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startStack(backend);
    const seeded = seed(stack.client);
    alice = await seeded.user({ displayName: 'Alice' });
    bob = await seeded.user({ displayName: 'Bob' });
    for (const file of ['lyrics-sylt.mp3', 'lyrics-uslt.mp3', 'lyrics-vorbis-lrc.flac', 'tone-quarter-scale.mp3']) {
      songs[file] = (await seeded.song(alice, listening(file))).id;
    }
  });
  afterAll(() => stack?.close());

  const lyricsOf = async (id: string) => {
    const response = await alice.client.request<{ song: { lyrics: Lyrics | null } }>(LYRICS, { id });
    expect(response.errors).toBeUndefined();
    return response.data!.song.lyrics;
  };

  const uploadLyrics = (user: SeededUser, songId: string, bytes: Uint8Array, filename = 'song.lrc') =>
    uploadFile(stack.gatewayUrl, {
      token: user.token,
      bytes,
      filename,
      contentType: 'text/plain',
      query: UPLOAD_LYRICS,
      variables: { songId },
    }) as unknown as Promise<LyricsUploadResponse>;

  it("reads an MP3's ID3 SYLT frame as synced lyrics, in milliseconds", async () => {
    expect(await lyricsOf(songs['lyrics-sylt.mp3']!)).toEqual({
      synced: true,
      lines: [
        { timeMs: 400, text: 'Première ligne' },
        { timeMs: 1200, text: '日本語の行' },
        { timeMs: 2600, text: 'Last line' },
      ],
      plain: 'Première ligne\n日本語の行\nLast line',
      source: 'TAGS',
    });
  });

  it("reads an MP3's ID3 USLT frame as plain lyrics", async () => {
    expect(await lyricsOf(songs['lyrics-uslt.mp3']!)).toEqual({
      synced: false,
      lines: [],
      plain: 'Plain first line\nPlain second line — ünïcode',
      source: 'TAGS',
    });
  });

  it("reads LRC in a FLAC's Vorbis LYRICS comment as synced, a line with two stamps twice, metadata left out", async () => {
    expect(await lyricsOf(songs['lyrics-vorbis-lrc.flac']!)).toEqual({
      synced: true,
      lines: [
        { timeMs: 500, text: 'First line' },
        { timeMs: 1250, text: 'Twice — déjà vu' },
        { timeMs: 2000, text: 'Third' },
        { timeMs: 2750, text: 'Twice — déjà vu' },
      ],
      plain: 'First line\nTwice — déjà vu\nThird\nTwice — déjà vu',
      source: 'TAGS',
    });
  });

  it('has no lyrics for a song whose file carries none', async () => {
    expect(await lyricsOf(songs['tone-quarter-scale.mp3']!)).toBeNull();
  });

  it('an uploaded .lrc replaces the tags, counts the lines it could not time, and removing it brings the tags back', async () => {
    const id = songs['lyrics-vorbis-lrc.flac']!;
    const uploaded = await uploadLyrics(alice, id, await readFile(audioFixture(listening('bad-lines.lrc'))));
    expect(uploaded.errors).toBeUndefined();
    // bad-lines.lrc: [offset:+100] shows every line 100 ms earlier; "[00:01.xx]", "[00:61.00]" and an
    // untimed line are left out; "[0:2.5]" is a short but readable stamp.
    const expected: Lyrics = {
      synced: true,
      lines: [
        { timeMs: 500, text: 'One' },
        { timeMs: 1400, text: 'Two and again' },
        { timeMs: 2150, text: 'Three' },
        { timeMs: 2400, text: 'Short stamp' },
        { timeMs: 2900, text: 'Two and again' },
      ],
      plain: 'One\nTwo and again\nThree\nShort stamp\nTwo and again',
      source: 'UPLOADED',
    };
    expect(uploaded.data!.uploadLyrics).toEqual({ skippedLines: 3, song: { id, lyrics: expected } });
    expect(await lyricsOf(id)).toEqual(expected);

    // A second upload replaces the first.
    const again = await uploadLyrics(alice, id, Buffer.from('[00:01.00]Only line\n'));
    expect(again.data!.uploadLyrics.skippedLines).toBe(0);
    expect((await lyricsOf(id))!.lines).toEqual([{ timeMs: 1000, text: 'Only line' }]);

    const removed = await alice.client.request<{ removeLyrics: { lyrics: Lyrics | null } }>(REMOVE_LYRICS, {
      songId: id,
    });
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeLyrics.lyrics).toMatchObject({ source: 'TAGS', synced: true });
    expect((await lyricsOf(id))!.lines[0]).toEqual({ timeMs: 500, text: 'First line' });
  });

  it('a text file without timestamps becomes plain lyrics', async () => {
    const id = songs['tone-quarter-scale.mp3']!;
    const uploaded = await uploadLyrics(
      alice,
      id,
      Buffer.from('\uFEFFFirst verse\r\n[Chorus]\r\nLa la la\r\n'),
      'words.txt',
    );
    expect(uploaded.errors).toBeUndefined();
    expect(uploaded.data!.uploadLyrics).toEqual({
      skippedLines: 0,
      song: { id, lyrics: { synced: false, lines: [], plain: 'First verse\n[Chorus]\nLa la la', source: 'UPLOADED' } },
    });
    await alice.client.request(REMOVE_LYRICS, { songId: id });
    expect(await lyricsOf(id)).toBeNull();
  });

  describe('refuses, changing nothing', () => {
    const id = () => songs['lyrics-sylt.mp3']!;

    it.each([
      ['a file over 200 KB', () => Buffer.from(`[00:01.00]${'x'.repeat(201 * 1024)}\n`)],
      [
        'a file that is not UTF-8',
        () => Buffer.from([0x5b, 0x30, 0x30, 0x3a, 0x30, 0x31, 0x5d, 0xff, 0xfe, 0xc3, 0x28]),
      ],
      ['a file with no line at all', () => Buffer.from('\n  \r\n\t\n')],
    ])('%s: BAD_USER_INPUT on "file"', async (_name, bytes) => {
      const before = await lyricsOf(id());
      const response = await uploadLyrics(alice, id(), bytes());
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.extensions!.field).toBe('file');
      expect(response.data?.uploadLyrics ?? null).toBeNull();
      expect(await lyricsOf(id())).toEqual(before);
    });

    it("someone else's song: FORBIDDEN, for uploading and for removing", async () => {
      const before = await lyricsOf(id());
      const uploaded = await uploadLyrics(bob, id(), Buffer.from('[00:01.00]Not mine\n'));
      expect(errorCodes(uploaded)).toEqual(['FORBIDDEN']);
      const removed = await bob.client.request(REMOVE_LYRICS, { songId: id() });
      expect(errorCodes(removed)).toEqual(['FORBIDDEN']);
      expect(await lyricsOf(id())).toEqual(before);
    });

    it('an unknown song: NOT_FOUND', async () => {
      for (const songId of [randomUUID(), 'not-an-id']) {
        const uploaded = await uploadLyrics(alice, songId, Buffer.from('[00:01.00]Nobody\n'));
        expect(errorCodes(uploaded)).toEqual(['NOT_FOUND']);
        expect(errorCodes(await alice.client.request(REMOVE_LYRICS, { songId }))).toEqual(['NOT_FOUND']);
      }
    });

    it('signed out: UNAUTHENTICATED', async () => {
      const before = await lyricsOf(id());
      const uploaded = await uploadFile(stack.gatewayUrl, {
        bytes: Buffer.from('[00:01.00]Anonymous\n'),
        filename: 'x.lrc',
        query: UPLOAD_LYRICS,
        variables: { songId: id() },
      });
      expect(errorCodes(uploaded)).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await stack.client.request(REMOVE_LYRICS, { songId: id() }))).toEqual(['UNAUTHENTICATED']);
      expect(await lyricsOf(id())).toEqual(before);
    });
  });
});
