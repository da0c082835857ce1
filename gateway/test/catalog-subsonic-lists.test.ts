import type { RunningLibraryService } from '@sp0t1fy/library';
import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type GraphQLResponse } from './support/client.js';
import { dataOf, STAR } from './support/library.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import type { SongFields } from './support/uploads.js';

/**
 * What the gateway's Subsonic API asks the catalog and the library, each list one operation:
 * offset pages, albums by year and at random, random songs, genre counts, and starredAt beside them.
 */

const SONGS = /* GraphQL */ `
  query ($query: String, $first: Int, $after: String, $offset: Int) {
    songs(query: $query, first: $first, after: $after, offset: $offset) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id title } }
    }
  }
`;
const ALBUMS = /* GraphQL */ `
  query ($fromYear: Int, $toYear: Int, $sort: AlbumSort, $genre: String, $first: Int, $after: String, $offset: Int) {
    albums(fromYear: $fromYear, toYear: $toYear, sort: $sort, genre: $genre, first: $first, after: $after, offset: $offset) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id title year starred starredAt } }
    }
  }
`;
const ARTISTS = /* GraphQL */ `
  query ($first: Int, $after: String, $offset: Int) {
    artists(first: $first, after: $after, offset: $offset) {
      totalCount pageInfo { hasNextPage } edges { node { name starredAt } }
    }
  }
`;
const RANDOM_SONGS = /* GraphQL */ `
  query ($first: Int, $genre: String, $fromYear: Int, $toYear: Int) {
    randomSongs(first: $first, genre: $genre, fromYear: $fromYear, toYear: $toYear) {
      id title genre releaseYear streamUrl starred starredAt
    }
  }
`;
const GENRE_SUMMARIES = '{ genreSummaries { name songCount albumCount } }';

type Page<Node> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: Node }>;
};
type AlbumNode = { id: string; title: string; year: number | null; starred: boolean; starredAt: string | null };
type RandomSong = {
  id: string;
  title: string;
  genre: string | null;
  releaseYear: number | null;
  streamUrl: string;
  starred: boolean;
  starredAt: string | null;
};

const refusal = (response: GraphQLResponse) => ({
  data: response.data,
  errors: (response.errors ?? []).map((error) => ({
    code: error.extensions?.code,
    field: error.extensions?.field,
  })),
});

describe.each(await testBackends())('Subsonic’s lists through the gateway ($name)', (backend) => {
  let stack: TestStack;
  let alice: SeededUser;
  const uploaded: SongFields[] = [];

  beforeAll(async () => {
    stack = await startStack(backend, { env: { SONG_FEED_POLL_MS: String(3_600_000) } });
    alice = await seed(stack.client).user();
    for (const [album, artist, releaseYear, genre] of [
      ['Early', 'Ann', 1971, 'Rock'],
      ['Middle', 'Bob', 1985, 'rock'],
      ['Late', 'Cid', 2001, 'Jazz'],
      ['Undated', 'Dee', null, 'Jazz'],
    ] as const) {
      for (const side of ['A', 'B']) {
        uploaded.push(
          await seed(stack.client).song(alice, 'speech-cbr128.mp3', {
            title: `${album} ${side}`,
            artist,
            album,
            releaseYear,
            genre,
          }),
        );
      }
    }
    // The library learns the albums from the song feed before anyone stars one.
    await (stack.services.library as RunningLibraryService).providers.songFeed.sync();
  }, 240_000);
  afterAll(() => stack?.close());

  const request = async <Data>(query: string, variables: Record<string, unknown> = {}) =>
    dataOf(await alice.client.request<Data>(query, variables));

  it('pages songs, albums and artists by offset in the order their cursors page them', async () => {
    const byCursor: string[] = [];
    let after: string | null = null;
    do {
      const page: Page<{ id: string }> = (
        await request<{ songs: Page<{ id: string }> }>(SONGS, { query: 'e', first: 3, after })
      ).songs;
      byCursor.push(...page.edges.map(({ node }) => node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const byOffset: string[] = [];
    for (const offset of [0, 3, 6]) {
      const page = (await request<{ songs: Page<{ id: string }> }>(SONGS, { query: 'e', first: 3, offset })).songs;
      byOffset.push(...page.edges.map(({ node }) => node.id));
    }
    expect(byOffset).toEqual(byCursor);
    expect(byOffset).toHaveLength(8);
    // The library's first page is cached per size; a page at an offset is not that page.
    const ids = async (variables: Record<string, unknown>) =>
      (await request<{ songs: Page<{ id: string }> }>(SONGS, variables)).songs.edges.map(({ node }) => node.id);
    const newest = await ids({ first: 4 });
    expect(await ids({ first: 2 })).toEqual(newest.slice(0, 2));
    expect(await ids({ first: 2, offset: 2 })).toEqual(newest.slice(2));
    const beyond = (await request<{ songs: Page<{ id: string }> }>(SONGS, { offset: 100_000 })).songs;
    expect(beyond).toEqual({ totalCount: 8, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });

    const albums = (await request<{ albums: Page<AlbumNode> }>(ALBUMS, { sort: 'NAME', first: 2, offset: 1 })).albums;
    expect(albums.edges.map(({ node }) => node.title)).toEqual(['Late', 'Middle']);
    expect(albums.pageInfo.hasNextPage).toBe(true);
    const artists = (await request<{ artists: Page<{ name: string }> }>(ARTISTS, { first: 2, offset: 2 })).artists;
    expect(artists).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false } });
    expect(artists.edges.map(({ node }) => node.name)).toEqual(['Cid', 'Dee']);
  });

  it('lists albums by years, oldest first or newest first, and at random, with when the viewer starred them', async () => {
    const titles = async (variables: Record<string, unknown>) =>
      (await request<{ albums: Page<AlbumNode> }>(ALBUMS, variables)).albums.edges.map(({ node }) => node.title);
    expect(await titles({ fromYear: 1970, toYear: 2001 })).toEqual(['Early', 'Middle', 'Late']);
    expect(await titles({ fromYear: 2001, toYear: 1970 })).toEqual(['Late', 'Middle', 'Early']);
    expect(await titles({ fromYear: 1980 })).toEqual(['Late', 'Middle']);

    const [late] = (await request<{ albums: Page<AlbumNode> }>(ALBUMS, { fromYear: 2001, toYear: 2001 })).albums.edges;
    expect(dataOf(await alice.client.request(STAR, { kind: 'ALBUM', id: late?.node.id }))).toEqual({ star: true });
    const random = (await request<{ albums: Page<AlbumNode> }>(ALBUMS, { sort: 'RANDOM', first: 10 })).albums;
    expect(random.totalCount).toBe(4);
    expect(random.edges.map(({ node }) => node.title).toSorted()).toEqual(['Early', 'Late', 'Middle', 'Undated']);
    for (const { node } of random.edges) {
      expect(node.starred).toBe(node.title === 'Late');
      if (node.title === 'Late') expect(Date.parse(node.starredAt as string)).toBeLessThanOrEqual(Date.now());
      else expect(node.starredAt).toBeNull();
    }
    const rest = (await request<{ albums: Page<AlbumNode> }>(ALBUMS, { sort: 'RANDOM', genre: 'JAZZ', offset: 1 }))
      .albums;
    expect(rest).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
    expect(rest.edges).toHaveLength(1);
  });

  it('picks random songs of a genre and years, whole songs with the library’s fields', async () => {
    const [song] = uploaded;
    expect(dataOf(await alice.client.request(STAR, { kind: 'SONG', id: song?.id }))).toEqual({ star: true });
    const all = (await request<{ randomSongs: RandomSong[] }>(RANDOM_SONGS, { first: 500 })).randomSongs;
    expect(all.map(({ id }) => id).toSorted()).toEqual(uploaded.map(({ id }) => id).toSorted());
    for (const picked of all) {
      expect(picked.streamUrl).toMatch(new RegExp(`^/media/songs/${picked.id}/audio\\?`));
      expect(picked.starred).toBe(picked.id === song?.id);
      expect(picked.starredAt === null).toBe(picked.id !== song?.id);
    }
    expect((await request<{ randomSongs: RandomSong[] }>(RANDOM_SONGS, {})).randomSongs).toHaveLength(8);
    const rock = (await request<{ randomSongs: RandomSong[] }>(RANDOM_SONGS, { genre: 'ROCK', first: 3 })).randomSongs;
    expect(rock).toHaveLength(3);
    expect(rock.every(({ genre }) => genre?.toLowerCase() === 'rock')).toBe(true);
    const years = (await request<{ randomSongs: RandomSong[] }>(RANDOM_SONGS, { fromYear: 1980, toYear: 2000 }))
      .randomSongs;
    expect(years.map(({ title }) => title).toSorted()).toEqual(['Middle A', 'Middle B']);
  });

  it('counts songs and albums per genre, spelt as genres lists them', async () => {
    const { genreSummaries, genres } = await request<{
      genreSummaries: Array<{ name: string; songCount: number; albumCount: number }>;
      genres: string[];
    }>('{ genres genreSummaries { name songCount albumCount } }');
    expect(genreSummaries).toEqual([
      { name: 'Jazz', songCount: 4, albumCount: 2 },
      { name: 'Rock', songCount: 4, albumCount: 2 },
    ]);
    expect(genreSummaries.map(({ name }) => name)).toEqual(genres);
  });

  it('refuses hostile offsets, sizes and cursor mixes with the argument named, and anyone signed out', async () => {
    const cursor = (await request<{ songs: Page<{ id: string }> }>(SONGS, { first: 1 })).songs.pageInfo.endCursor;
    for (const [query, variables, field] of [
      [SONGS, { offset: -1 }, 'offset'],
      [SONGS, { offset: 100_001 }, 'offset'],
      [SONGS, { offset: 2_147_483_647 }, 'offset'],
      [SONGS, { offset: 0, after: cursor }, 'offset'],
      [SONGS, { first: 101, offset: 5 }, 'first'],
      [ALBUMS, { offset: -5 }, 'offset'],
      [ALBUMS, { offset: 3, after: cursor }, 'offset'],
      [ALBUMS, { sort: 'RANDOM', after: cursor }, 'after'],
      [ARTISTS, { offset: 1_000_000 }, 'offset'],
      [RANDOM_SONGS, { first: 0 }, 'first'],
      [RANDOM_SONGS, { first: 501 }, 'first'],
      [RANDOM_SONGS, { first: -2_147_483_648 }, 'first'],
    ] as const) {
      const response = await alice.client.request(query, variables);
      expect(refusal(response)).toEqual({ data: null, errors: [{ code: 'BAD_USER_INPUT', field }] });
    }
    for (const query of [GENRE_SUMMARIES, RANDOM_SONGS, ALBUMS]) {
      expect(errorCodes(await stack.client.request(query))).toEqual(['UNAUTHENTICATED']);
    }
  });
});
