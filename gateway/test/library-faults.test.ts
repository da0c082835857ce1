import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type GraphQLResponse } from './support/client.js';
import { type GatewaysWithout, startGatewaysWithout } from './support/gateways-without.js';
import { LEAKED_INTERNALS } from './support/http.js';
import { addToPlaylist, createPlaylist, dataOf, PLAYLIST, type PlaylistFields, STAR } from './support/library.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import type { SongFields } from './support/uploads.js';

const LIBRARY_PAGE = /* GraphQL */ `
  query { me { id displayName } songs(first: 10) { totalCount edges { node { id title starred } } } }
`;
const MY_PLAYLISTS = 'query { me { id playlists { totalCount edges { node { id name songCount } } } } }';

function expectOnlyServiceErrors(response: GraphQLResponse<unknown>, serviceName: string) {
  expect(response.errors?.length, JSON.stringify(response)).toBeGreaterThan(0);
  for (const error of response.errors ?? []) {
    expect(error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.extensions?.serviceName).toBe(serviceName);
  }
  expect(JSON.stringify(response)).not.toMatch(LEAKED_INTERNALS);
}

/** Gateways pointed, for the library or the catalog, at a port that drops every connection; the rest up. */
describe.each(await testBackends())('the library or the catalog down ($name)', (backend) => {
  let stack: TestStack;
  let user: SeededUser;
  let songs: SongFields[];
  let playlist: PlaylistFields;
  let without: GatewaysWithout;
  const clientWithout = (service: string) => createClient(without.urlWithout(service), user.token);

  beforeAll(async () => {
    stack = await startStack(backend);
    user = await seed(stack.client).user();
    songs = [
      await seed(stack.client).song(user, 'mpeg25-8khz.mp3', { title: 'Kept title', artist: 'Kept artist' }),
      await seed(stack.client).song(user, 'mpeg25-8khz.mp3', { title: 'Second', artist: 'Kept artist' }),
    ];
    playlist = await createPlaylist(user.client, { name: 'Offline' });
    await addToPlaylist(
      user.client,
      playlist.id,
      songs.map((song) => song.id),
    );
    dataOf(await user.client.request(STAR, { kind: 'SONG', id: songs[0]?.id }));
    without = await startGatewaysWithout(stack.env, ['library', 'catalog']);
  });
  afterAll(async () => {
    await without?.close();
    await stack?.close();
  });

  it('answers the library page without the library, only starred null', async () => {
    const response = await clientWithout('library').request<{
      me: { id: string };
      songs: { totalCount: number; edges: Array<{ node: { id: string; title: string; starred: boolean | null } }> };
    }>(LIBRARY_PAGE);
    expectOnlyServiceErrors(response, 'library');
    expect(response.data?.me.id).toBe(user.id);
    expect(response.data?.songs.totalCount).toBe(2);
    expect(response.data?.songs.edges.map(({ node }) => node.starred)).toEqual([null, null]);

    const playlists = await clientWithout('library').request<{ me: { id: string; playlists: null } }>(MY_PLAYLISTS);
    expectOnlyServiceErrors(playlists, 'library');
    expect(playlists.data).toEqual({ me: { id: user.id, playlists: null } });
    // And everything answers in full once it is there.
    const full = dataOf(
      await user.client.request<{ songs: { edges: Array<{ node: { starred: boolean } }> } }>(LIBRARY_PAGE),
    );
    expect(full.songs.edges.map(({ node }) => node.starred).sort()).toEqual([false, true]);
  });

  it('lists a playlist’s saved titles without the catalog, songs null', async () => {
    const response = await clientWithout('catalog').request<{ playlist: PlaylistFields }>(PLAYLIST, {
      id: playlist.id,
    });
    expectOnlyServiceErrors(response, 'catalog');
    expect(response.data?.playlist).toMatchObject({ name: 'Offline', songCount: 2 });
    expect(response.data?.playlist.entries.edges.map(({ node }) => node)).toEqual([
      expect.objectContaining({
        position: 0,
        songTitle: 'Kept title',
        songArtist: 'Kept artist',
        songRemoved: false,
        song: null,
      }),
      expect.objectContaining({ position: 1, songTitle: 'Second', songRemoved: false, song: null }),
    ]);
    const playlists = dataOf(
      await clientWithout('catalog').request<{ me: { playlists: { totalCount: number } } }>(MY_PLAYLISTS),
    );
    expect(playlists.me.playlists.totalCount).toBe(1);
  });
});
