import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import {
  bothFormats,
  CLIENT,
  codeOf,
  createAppPassword,
  credentials,
  subsonicClient,
} from './support/subsonic-client.js';
import { uploadFile } from './support/uploads.js';

// Lyrics and ReplayGain through the Subsonic API: OpenSubsonic's getLyricsBySongId (songLyrics),
// Subsonic's getLyrics by artist and title, and replayGain on songs, checked against the schema in
// both formats and read through a client we did not write (subsonic-api).

const [backend] = await testBackends();
const listening = (name: string) => `listening/${name}`;

const UPLOAD_LYRICS = /* GraphQL */ `
  mutation ($songId: ID!, $file: Upload!) { uploadLyrics(songId: $songId, file: $file) { skippedLines } }
`;

describe('the Subsonic API: lyrics and ReplayGain', () => {
  let stack: TestStack;
  let alice: SeededUser;
  let password: string;
  const ids: Record<string, string> = {};
  const auth = () => ({ ...CLIENT, ...credentials.plain(alice.email, password) });

  beforeAll(async () => {
    stack = await startStack(backend!);
    const users = seed(stack.client);
    alice = await users.user();
    for (const file of ['lyrics-sylt.mp3', 'lyrics-uslt.mp3', 'replaygain-tagged.mp3', 'tone-quarter-scale.mp3']) {
      ids[file] = (
        await users.song(alice, listening(file), file === 'lyrics-uslt.mp3' ? { artist: 'Plain Singer' } : undefined)
      ).id;
    }
    password = (await createAppPassword(alice.client, 'lyrics player')).password;
  }, 180_000);
  afterAll(() => stack?.close());

  it('lists songLyrics among the OpenSubsonic extensions', async () => {
    const { json } = await bothFormats(stack.gatewayUrl, 'getOpenSubsonicExtensions');
    expect(json.openSubsonicExtensions).toContainEqual({ name: 'songLyrics', versions: [1] });
  });

  it('getLyricsBySongId: synced lines with their start in ms, plain lyrics as lines without one', async () => {
    const synced = await bothFormats(stack.gatewayUrl, 'getLyricsBySongId', { ...auth(), id: ids['lyrics-sylt.mp3']! });
    for (const answer of [synced.xml, synced.json]) {
      expect(answer.lyricsList?.structuredLyrics).toEqual([
        {
          displayArtist: 'Unknown artist',
          displayTitle: 'Synced Lyrics',
          lang: 'xxx',
          synced: true,
          offset: 0,
          line: [
            { start: 400, value: 'Première ligne' },
            { start: 1200, value: '日本語の行' },
            { start: 2600, value: 'Last line' },
          ],
        },
      ]);
    }
    const api = subsonicClient(stack.gatewayUrl, { username: alice.email, password });
    const plain = (await api.getLyricsBySongId({ id: ids['lyrics-uslt.mp3']! })) as unknown as {
      lyricsList: { structuredLyrics: Array<{ synced: boolean; line: Array<{ start?: number; value: string }> }> };
    };
    expect(plain.lyricsList.structuredLyrics).toMatchObject([
      { synced: false, line: [{ value: 'Plain first line' }, { value: 'Plain second line — ünïcode' }] },
    ]);
    expect(plain.lyricsList.structuredLyrics[0]!.line.every((line) => line.start === undefined)).toBe(true);
  });

  it('getLyricsBySongId shows uploaded lyrics over the tags', async () => {
    const uploaded = await uploadFile(stack.gatewayUrl, {
      token: alice.token,
      bytes: Buffer.from('[00:00.25]Uploaded words\n'),
      filename: 'words.lrc',
      query: UPLOAD_LYRICS,
      variables: { songId: ids['replaygain-tagged.mp3'] },
    });
    expect(uploaded.errors).toBeUndefined();
    const { json } = await bothFormats(stack.gatewayUrl, 'getLyricsBySongId', {
      ...auth(),
      id: ids['replaygain-tagged.mp3']!,
    });
    expect(json.lyricsList?.structuredLyrics?.[0]?.line).toEqual([{ start: 250, value: 'Uploaded words' }]);
  });

  it('getLyricsBySongId: an empty list for a song without lyrics, 70 for an unknown song', async () => {
    const none = await bothFormats(stack.gatewayUrl, 'getLyricsBySongId', {
      ...auth(),
      id: ids['tone-quarter-scale.mp3']!,
    });
    for (const answer of [none.xml, none.json]) expect(answer.lyricsList?.structuredLyrics ?? []).toEqual([]);
    const unknown = await bothFormats(stack.gatewayUrl, 'getLyricsBySongId', {
      ...auth(),
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(codeOf(unknown.json)).toBe(70);
    const missing = await bothFormats(stack.gatewayUrl, 'getLyricsBySongId', auth());
    expect(codeOf(missing.json)).toBe(10);
  });

  it('getLyrics finds the plain text by artist and title (case and accents ignored), and answers empty otherwise', async () => {
    const found = await bothFormats(stack.gatewayUrl, 'getLyrics', {
      ...auth(),
      artist: 'plain singer',
      title: 'UNSYNCED lyrics',
    });
    for (const answer of [found.xml, found.json]) {
      expect(answer.lyrics).toEqual({
        artist: 'Plain Singer',
        title: 'Unsynced Lyrics',
        value: 'Plain first line\nPlain second line — ünïcode',
      });
    }
    const wrongArtist = await bothFormats(stack.gatewayUrl, 'getLyrics', {
      ...auth(),
      artist: 'Somebody Else',
      title: 'Unsynced Lyrics',
    });
    expect(wrongArtist.json.lyrics ?? {}).toEqual({});
    // A song of that title without lyrics is no match.
    const noLyrics = await bothFormats(stack.gatewayUrl, 'getLyrics', { ...auth(), title: 'Quarter Scale' });
    expect(noLyrics.json.lyrics ?? {}).toEqual({});
  });

  it('gives songs their replayGain: the tags as they are, or the measured track gain without an album gain', async () => {
    const api = subsonicClient(stack.gatewayUrl, { username: alice.email, password });
    const tagged = await api.getSong({ id: ids['replaygain-tagged.mp3']! });
    expect(tagged.song.replayGain).toEqual({
      trackGain: -3.21,
      albumGain: -4.5,
      trackPeak: 0.501187,
      albumPeak: 0.707946,
    });

    const { xml, json } = await bothFormats(stack.gatewayUrl, 'getSong', { ...auth(), id: ids['lyrics-sylt.mp3']! });
    for (const answer of [xml, json]) {
      const gain = answer.song?.replayGain;
      // A 1 kHz sine at a quarter of full scale in both channels: about -12 LUFS, so about -6 dB of gain.
      expect(gain?.trackGain).toBeGreaterThan(-7);
      expect(gain?.trackGain).toBeLessThan(-5);
      expect(gain?.trackPeak).toBeCloseTo(0.25, 1);
      expect(gain?.albumGain).toBeUndefined();
    }
  });
});
