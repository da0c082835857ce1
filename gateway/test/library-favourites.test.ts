import type { RunningLibraryService } from '@sp0t1fy/library';
import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from './support/client.js';
import { addToPlaylist, createPlaylist, dataOf, readPlaylist, STAR, UNSTAR } from './support/library.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import { statementsDuring } from './support/statements.js';
import type { SongFields } from './support/uploads.js';

const FAVOURITES = /* GraphQL */ `
  query ($first: Int, $after: String) {
    me {
      favourites {
        songs(first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor starredAt node { id title starred } }
        }
        albums { totalCount edges { starredAt node { id starred starredAt } } }
        artists { totalCount edges { starredAt node { id starred starredAt } } }
      }
    }
  }
`;
const LIBRARY = 'query ($first: Int) { songs(first: $first) { edges { node { id starred starredAt } } } }';
const DELETE_SONG = 'mutation ($id: ID!) { deleteSong(id: $id) }';
const THEIR_FAVOURITES = 'query ($id: ID!) { playlist(id: $id) { owner { id favourites { songs { totalCount } } } } }';

interface FavouriteEdge {
  starredAt: string;
  node: { id: string; starred: boolean; starredAt: string | null };
}

interface Favourites {
  me: {
    favourites: {
      songs: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ cursor: string; starredAt: string; node: { id: string; title: string; starred: boolean } }>;
      };
      albums: { totalCount: number; edges: FavouriteEdge[] };
      artists: { totalCount: number; edges: FavouriteEdge[] };
    };
  };
}

describe.each(await testBackends())('favourites through the gateway ($name)', (backend) => {
  let stack: TestStack;
  let library: RunningLibraryService;
  let fan: SeededUser;
  let other: SeededUser;
  let songs: SongFields[];
  const favourites = async (user: SeededUser, variables: Record<string, unknown> = {}) =>
    dataOf(await user.client.request<Favourites>(FAVOURITES, variables)).me.favourites;
  /** The catalog's ids for a song's album and artists, as the library learnt them from the song feed. */
  const idsOf = async (song: SongFields) => {
    const known = await library.providers.songs.find(song.id);
    return { albumId: known?.album_id as string, artistIds: known?.artist_ids as string[] };
  };

  beforeAll(async () => {
    // The feed is asked on demand (a song the library does not know) and by the tests below, so no
    // background poll adds statements to the counts.
    stack = await startStack(backend, { env: { SONG_FEED_POLL_MS: '3600000' } });
    library = stack.services.library as RunningLibraryService;
    [fan, other] = await Promise.all([seed(stack.client).user(), seed(stack.client).user()]);
    songs = [];
    for (const [title, album] of [
      ['Alpha', 'Record'],
      ['Bravo', 'Record'],
      ['Charlie', null],
    ] as const) {
      songs.push(await seed(stack.client).song(fan, 'mpeg25-8khz.mp3', { title, artist: 'Band', album }));
    }
    await library.providers.songFeed.sync();
  });
  afterAll(() => stack?.close());

  it('stars songs once each, lists them newest first in pages, and unstars them', async () => {
    for (const song of songs) {
      expect(dataOf(await fan.client.request(STAR, { kind: 'SONG', id: song.id }))).toEqual({ star: true });
    }
    // Starring again changes nothing, not even the order.
    expect(dataOf(await fan.client.request(STAR, { kind: 'SONG', id: songs[0]?.id }))).toEqual({ star: true });

    const firstPage = (await favourites(fan, { first: 2 })).songs;
    expect(firstPage.totalCount).toBe(3);
    expect(firstPage.edges.map(({ node }) => node.title)).toEqual(['Charlie', 'Bravo']);
    expect(firstPage.edges.every(({ node }) => node.starred)).toBe(true);
    expect(Date.parse(firstPage.edges[0]?.starredAt as string)).toBeGreaterThanOrEqual(
      Date.parse(firstPage.edges[1]?.starredAt as string),
    );
    const rest = (await favourites(fan, { first: 2, after: firstPage.pageInfo.endCursor })).songs;
    expect(rest.edges.map(({ node }) => node.title)).toEqual(['Alpha']);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    // Each viewer sees their own stars, and when they starred (the favourite's own starredAt).
    const listed = async (user: SeededUser) =>
      dataOf(
        await user.client.request<{
          songs: { edges: Array<{ node: { id: string; starred: boolean; starredAt: string | null } }> };
        }>(LIBRARY, { first: 50 }),
      ).songs.edges.map(({ node }) => node);
    const starredAt = Object.fromEntries(
      [...firstPage.edges, ...rest.edges].map((edge) => [edge.node.id, edge.starredAt]),
    );
    expect(await listed(fan)).toEqual(
      songs.toReversed().map(({ id }) => ({ id, starred: true, starredAt: starredAt[id] })),
    );
    expect(await listed(other)).toEqual(songs.toReversed().map(({ id }) => ({ id, starred: false, starredAt: null })));
    expect((await favourites(other)).songs.totalCount).toBe(0);

    for (let twice = 0; twice < 2; twice++) {
      expect(dataOf(await fan.client.request(UNSTAR, { kind: 'SONG', id: songs[2]?.id }))).toEqual({ unstar: true });
    }
    expect((await favourites(fan)).songs.edges.map(({ node }) => node.title)).toEqual(['Bravo', 'Alpha']);
  });

  it('stars albums and artists the library has, and refuses unknown ids with NOT_FOUND', async () => {
    const { albumId, artistIds } = await idsOf(songs[0] as SongFields);
    expect(albumId).toBeTruthy();
    expect(dataOf(await fan.client.request(STAR, { kind: 'ALBUM', id: albumId }))).toEqual({ star: true });
    expect(dataOf(await fan.client.request(STAR, { kind: 'ARTIST', id: artistIds[0] }))).toEqual({ star: true });
    const mine = await favourites(fan);
    const albumStarredAt = mine.albums.edges[0]?.starredAt as string;
    const artistStarredAt = mine.artists.edges[0]?.starredAt as string;
    expect(Date.parse(albumStarredAt)).toBeLessThanOrEqual(Date.now());
    expect(mine.albums.edges).toEqual([
      { starredAt: albumStarredAt, node: { id: albumId, starred: true, starredAt: albumStarredAt } },
    ]);
    expect(mine.artists.edges).toEqual([
      { starredAt: artistStarredAt, node: { id: artistIds[0], starred: true, starredAt: artistStarredAt } },
    ]);

    for (const kind of ['SONG', 'ALBUM', 'ARTIST']) {
      for (const id of ['6d1f9a4e-3333-4333-8333-333333333333', 'not-an-id']) {
        expect(errorCodes(await fan.client.request(STAR, { kind, id }))).toEqual(['NOT_FOUND']);
      }
    }
    expect((await favourites(fan)).albums.totalCount).toBe(1);
  });

  it('shows a user’s favourites to them only, and nothing signed out', async () => {
    const shared = await createPlaylist(fan.client, { name: 'Shared', public: true });
    const response = await other.client.request(THEIR_FAVOURITES, { id: shared.id });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.data).toEqual({ playlist: { owner: { id: fan.id, favourites: null } } });
    expect((await stack.client.request(FAVOURITES)).data).toEqual({ me: null });
    expect(errorCodes(await stack.client.request(STAR, { kind: 'SONG', id: songs[0]?.id }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('answers starred and starredAt for a page of 50 songs with one statement', async () => {
    for (let index = songs.length; index < 50; index++) {
      await seed(stack.client).song(other, 'mpeg25-8khz.mp3', { title: `Filler ${index}` });
    }
    const { statements, result } = await statementsDuring(library, () =>
      fan.client.request<{ songs: { edges: unknown[] } }>(LIBRARY, { first: 50 }),
    );
    expect(dataOf(result).songs.edges).toHaveLength(50);
    expect(statements).toBe(1);
  }, 300_000);

  it('drops a deleted song’s favourite, and an album’s with its last song; playlists keep the entry, removed', async () => {
    const playlist = await createPlaylist(fan.client, { name: 'Keeps its places' });
    await addToPlaylist(fan.client, playlist.id, [songs[0]?.id as string, songs[2]?.id as string]);
    const { albumId } = await idsOf(songs[0] as SongFields);

    expect(dataOf(await fan.client.request(DELETE_SONG, { id: songs[0]?.id }))).toEqual({ deleteSong: true });
    await library.providers.songFeed.sync();
    let mine = await favourites(fan);
    expect(mine.songs.edges.map(({ node }) => node.title)).toEqual(['Bravo']);
    // Bravo is still on the album.
    expect(mine.albums.edges.map(({ node }) => node.id)).toEqual([albumId]);

    const kept = await readPlaylist(fan.client, playlist.id);
    expect(kept.songCount).toBe(2);
    expect(kept.durationSeconds).toBeCloseTo(songs[2]?.durationSeconds as number, 3);
    expect(kept.entries.edges.map(({ node }) => node)).toEqual([
      expect.objectContaining({ position: 0, songTitle: 'Alpha', songArtist: 'Band', songRemoved: true, song: null }),
      expect.objectContaining({
        position: 1,
        songTitle: 'Charlie',
        songRemoved: false,
        song: { id: songs[2]?.id, title: 'Charlie' },
      }),
    ]);
    // A removed song cannot be starred or added again.
    expect(errorCodes(await fan.client.request(STAR, { kind: 'SONG', id: songs[0]?.id }))).toEqual(['NOT_FOUND']);

    expect(dataOf(await fan.client.request(DELETE_SONG, { id: songs[1]?.id }))).toEqual({ deleteSong: true });
    await library.providers.songFeed.sync();
    mine = await favourites(fan);
    expect(mine.songs.totalCount).toBe(0);
    expect(mine.albums.totalCount).toBe(0);
    // Charlie is still by Band.
    expect(mine.artists.totalCount).toBe(1);
    expect(errorCodes(await fan.client.request(STAR, { kind: 'ALBUM', id: albumId }))).toEqual(['NOT_FOUND']);
  });
});
