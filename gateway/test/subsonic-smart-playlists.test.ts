import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from './support/library.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import { bothFormats, CLIENT, codeOf, createAppPassword, credentials, rawCall } from './support/subsonic-client.js';
import type { SongFields } from './support/uploads.js';

// Smart playlists over the Subsonic API, as Navidrome shows them: listed by getPlaylists, read with
// getPlaylist (their songs as the rules pick them at that moment), and never changed. Every answer
// passes the Subsonic schema check, in XML and JSON.

const [backend] = await testBackends();

const CREATE_SMART = 'mutation ($input: SmartPlaylistInput!) { createSmartPlaylist(input: $input) { id } }';
const READ_SMART = 'query ($id: ID!) { smartPlaylist(id: $id) { name version } }';
const SCROBBLE = 'mutation ($id: ID!) { scrobble(songId: $id) { id } }';

describe('the Subsonic API: smart playlists', () => {
  let stack: TestStack;
  let alice: SeededUser;
  let password: string;
  const songs: SongFields[] = [];
  const auth = () => ({ ...CLIENT, ...credentials.plain(alice.email, password) });

  beforeAll(async () => {
    stack = await startStack(backend!);
    alice = await seed(stack.client).user();
    for (const [index, fixture] of ['album-post-01.mp3', 'album-post-02.mp3', 'album-post-03.mp3'].entries())
      songs.push(await seed(stack.client).song(alice, fixture, { title: `Song ${index + 1}`, genre: 'Post' }));
    password = (await createAppPassword(alice.client, 'phone')).password;
  }, 180_000);
  afterAll(() => stack?.close());

  it('lists a smart playlist read-only, gives its songs as the rules pick them now, and refuses changes', async () => {
    const { createSmartPlaylist } = dataOf(
      await alice.client.request<{ createSmartPlaylist: { id: string } }>(CREATE_SMART, {
        input: {
          name: 'Played',
          rules: { field: 'playCount', op: 'greaterThan', value: 0, sort: { field: 'title', direction: 'asc' } },
        },
      }),
    );
    const id = `sp-${createSmartPlaylist.id}`;
    dataOf(await alice.client.request(SCROBBLE, { id: songs[2]?.id }));
    dataOf(await alice.client.request(SCROBBLE, { id: songs[0]?.id }));

    const listed = await bothFormats(stack.gatewayUrl, 'getPlaylists', auth());
    for (const answer of [listed.xml, listed.json]) {
      expect(answer.playlists?.playlist).toEqual([
        expect.objectContaining({
          id,
          name: 'Played',
          songCount: 2,
          readonly: true,
          public: false,
          owner: alice.email,
        }),
      ]);
    }
    const read = await bothFormats(stack.gatewayUrl, 'getPlaylist', { ...auth(), id });
    for (const answer of [read.xml, read.json]) {
      expect(answer.playlist?.entry?.map((song) => song.id)).toEqual([songs[0]?.id, songs[2]?.id]);
      expect(answer.playlist).toMatchObject({ songCount: 2, readonly: true });
    }

    // A new play shows at once.
    dataOf(await alice.client.request(SCROBBLE, { id: songs[1]?.id }));
    const again = await rawCall(stack.gatewayUrl, 'getPlaylist', { ...auth(), id }, { format: 'json' });
    expect(again.response.playlist?.entry?.map((song) => song.id)).toEqual(songs.map((song) => song.id));

    for (const [method, params] of [
      ['updatePlaylist', { playlistId: id, name: 'Renamed' }],
      ['deletePlaylist', { id }],
      ['createPlaylist', { playlistId: id, songId: [songs[0]?.id as string] }],
    ] as const) {
      const refused = await rawCall(stack.gatewayUrl, method, { ...auth(), ...params }, { format: 'json' });
      expect(codeOf(refused.response), method).toBe(50);
    }
    const unchanged = await alice.client.request<{ smartPlaylist: { name: string; version: number } }>(READ_SMART, {
      id: createSmartPlaylist.id,
    });
    expect(dataOf(unchanged).smartPlaylist).toEqual({ name: 'Played', version: 1 });

    const unknown = await rawCall(
      stack.gatewayUrl,
      'getPlaylist',
      { ...auth(), id: 'sp-00000000-0000-4000-8000-000000000000' },
      { format: 'json' },
    );
    expect(codeOf(unknown.response)).toBe(70);
  });
});
