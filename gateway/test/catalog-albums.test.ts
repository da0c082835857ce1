import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from './support/client.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import type { SongFields } from './support/uploads.js';

const ALBUM_FIELDS = /* GraphQL */ `
  fragment AlbumFields on Album {
    id title year genre coverUrl durationSeconds songCount playCount createdAt
    artist { id name albumCount songCount }
    songs { id title albumId artistId albumArtistId }
  }
`;
const ALBUM = `query Album($id: ID!) { album(id: $id) { ...AlbumFields } } ${ALBUM_FIELDS}`;
const ALBUMS = /* GraphQL */ `
  query Albums($query: String, $artistId: ID, $genre: String, $sort: AlbumSort, $first: Int, $after: String) {
    albums(query: $query, artistId: $artistId, genre: $genre, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id title artist { name } } }
    }
  }
`;
const ARTIST = /* GraphQL */ `
  query Artist($id: ID!) {
    artist(id: $id) { id name albumCount songCount albums { title year } topSongs(first: 2) { title } }
  }
`;
const ARTISTS = /* GraphQL */ `
  query Artists($query: String, $first: Int, $after: String) {
    artists(query: $query, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id name } }
    }
  }
`;
const SEARCH = /* GraphQL */ `
  query Search($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      __typename
      ... on Song { title }
      ... on Album { title }
      ... on Artist { name }
    }
  }
`;
const UPDATE =
  'mutation ($id: ID!, $metadata: SongMetadataInput!) { updateSong(id: $id, metadata: $metadata) { id albumId } }';
const DELETE = 'mutation ($id: ID!) { deleteSong(id: $id) }';

type AlbumFields = {
  id: string;
  title: string;
  year: number | null;
  genre: string | null;
  coverUrl: string | null;
  durationSeconds: number;
  songCount: number;
  playCount: number;
  createdAt: string;
  artist: { id: string; name: string; albumCount: number; songCount: number };
  songs: Array<{ id: string; title: string; albumId: string | null; artistId: string; albumArtistId: string }>;
};
type AlbumsPage = {
  albums: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string; title: string; artist: { name: string } } }>;
  };
};
type SearchHit = { __typename: 'Song' | 'Album' | 'Artist'; title?: string; name?: string };

describe.each(await testBackends())('albums and artists through the gateway ($name)', (backend) => {
  let stack: TestStack;
  let alice: SeededUser;
  const uploaded: Record<string, SongFields> = {};

  beforeAll(async () => {
    stack = await startStack(backend, { env: { SONG_FEED_POLL_MS: String(3_600_000) } });
    alice = await seed(stack.client).user();
    const songs = seed(stack.client);
    // Out of track order; "Bjork" without the accent on 02; a variant spelling with a cover and no
    // track number; another Björk album; a song without an album.
    for (const [fixture, metadata] of [
      ['album-post-03.mp3'],
      ['album-post-01.mp3'],
      ['album-post-02.mp3'],
      [
        'tones-with-cover.mp3',
        { title: 'Untagged Bonus', artist: 'bjork', album: 'POST ', genre: 'Ambient', releaseYear: 1995 },
      ],
      ['id3v23-unicode.mp3', { releaseYear: 1997 }],
      ['speech-cbr128.mp3', { title: 'Loose Song', artist: 'Björk', album: '' }],
    ] as const) {
      const song = await songs.song(alice, fixture, metadata);
      uploaded[song.title] = song;
    }
  }, 120_000);
  afterAll(() => stack?.close());

  const album = async (id: string) => {
    const response = await alice.client.request<{ album: AlbumFields | null }>(ALBUM, { id });
    expect(response.errors).toBeUndefined();
    return response.data!.album;
  };
  const albumsPage = async (variables: Record<string, unknown>) => {
    const response = await alice.client.request<AlbumsPage>(ALBUMS, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.albums;
  };
  const search = async (query: string) => {
    const response = await alice.client.request<{ search: SearchHit[] }>(SEARCH, { query });
    expect(response.errors).toBeUndefined();
    return response.data!.search.map((hit) => `${hit.__typename}:${hit.title ?? hit.name}`);
  };
  const songIdsOf = async (title: string) => {
    const response = await alice.client.request<{ song: { albumId: string | null; artistId: string } }>(
      'query ($id: ID!) { song(id: $id) { albumId artistId albumArtistId } }',
      { id: uploaded[title]!.id },
    );
    return response.data!.song;
  };

  it('groups the tagged songs and their case and accent variants into one album, tracks in order', async () => {
    const { albumId } = await songIdsOf('Army of Me');
    const post = await album(albumId!);
    expect(post).toMatchObject({
      title: 'Post',
      year: 1995,
      genre: 'Electronic',
      songCount: 4,
      playCount: 0,
      artist: { name: 'Björk', albumCount: 2 },
    });
    expect(post!.songs.map((song) => song.title)).toEqual(['Army of Me', 'Hyperballad', 'Isobel', 'Untagged Bonus']);
    expect(new Set(post!.songs.map((song) => song.albumId))).toEqual(new Set([post!.id]));
    // "Bjork" is the same artist as "Björk".
    expect(new Set(post!.songs.map((song) => song.artistId))).toEqual(new Set([post!.artist.id]));
    expect(post!.durationSeconds).toBeCloseTo(
      ['Army of Me', 'Hyperballad', 'Isobel', 'Untagged Bonus'].reduce(
        (sum, title) => sum + uploaded[title]!.durationSeconds,
        0,
      ),
      3,
    );
    expect(post!.createdAt).toBe(uploaded['Untagged Bonus']!.createdAt);
  });

  it('serves the album cover of its first track that has one, signed for the viewer', async () => {
    const post = await album((await songIdsOf('Army of Me')).albumId!);
    expect(post!.coverUrl).toMatch(/^\/media\/songs\/[0-9a-f-]+\/cover\?/);
    const cover = await fetch(`${stack.gatewayUrl}${post!.coverUrl}`);
    expect(cover.status).toBe(200);
    expect(cover.headers.get('content-type')).toMatch(/^image\//);
  });

  it('forms no album from a song without one, and answers null for unknown or malformed ids', async () => {
    expect((await songIdsOf('Loose Song')).albumId).toBeNull();
    expect(await album('00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await album('not-an-id')).toBeNull();
    const artist = await alice.client.request<{ artist: null }>(ARTIST, { id: 'nope' });
    expect(artist.errors).toBeUndefined();
    expect(artist.data!.artist).toBeNull();
  });

  it('answers an artist with their albums (newest year first), every song and their top songs', async () => {
    const { artistId } = await songIdsOf('Hyperballad');
    const response = await alice.client.request<{
      artist: { name: string; albumCount: number; songCount: number; albums: unknown[]; topSongs: unknown[] };
    }>(ARTIST, { id: artistId });
    expect(response.errors).toBeUndefined();
    expect(response.data!.artist).toMatchObject({
      name: 'Björk',
      albumCount: 2,
      songCount: 6,
      albums: [
        { title: 'Homogenic 🎵', year: 1997 },
        { title: 'Post', year: 1995 },
      ],
    });
    // No plays yet: by title.
    expect(response.data!.artist.topSongs).toEqual([{ title: 'Army of Me' }, { title: 'Hyperballad' }]);
  });

  it('lists albums in each sort, pages them and filters them', async () => {
    const titles = async (variables: Record<string, unknown>) =>
      (await albumsPage(variables)).edges.map((edge) => edge.node.title);
    expect(await titles({})).toEqual(['Homogenic 🎵', 'Post']);
    expect(await titles({ sort: 'NAME' })).toEqual(['Homogenic 🎵', 'Post']);
    expect(await titles({ sort: 'YEAR' })).toEqual(['Homogenic 🎵', 'Post']);
    expect(await titles({ sort: 'ARTIST' })).toEqual(['Homogenic 🎵', 'Post']);
    expect(await titles({ query: 'BJORK post' })).toEqual(['Post']);
    // Post: Electronic three times (the tagged tracks), Ambient once.
    expect(await titles({ genre: 'electronic' })).toEqual(['Homogenic 🎵', 'Post']);
    expect(await titles({ genre: 'AMBIENT' })).toEqual([]);

    const first = await albumsPage({ sort: 'NAME', first: 1 });
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await albumsPage({ sort: 'NAME', first: 1, after: first.pageInfo.endCursor });
    expect(second.edges.map((edge) => edge.node.title)).toEqual(['Post']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('lists artists by name', async () => {
    const response = await alice.client.request<{
      artists: { totalCount: number; edges: Array<{ node: { name: string } }> };
    }>(ARTISTS, {});
    expect(response.errors).toBeUndefined();
    expect(response.data!.artists.edges.map((edge) => edge.node.name)).toEqual(['Björk']);
  });

  it.each([
    ['first outside 1..100', ALBUMS, { first: 0 }],
    ['too many', ALBUMS, { first: 101 }],
    ['a cursor that is not one', ALBUMS, { after: 'garbage' }],
    ['an unknown sort', ALBUMS, { sort: 'LOUDEST' }],
    ['artists: first outside 1..100', ARTISTS, { first: 500 }],
    ['search: first outside 1..100', SEARCH, { query: 'post', first: 0 }],
  ])('refuses %s with BAD_USER_INPUT', async (_name, query, variables) => {
    const response = await alice.client.request(query, variables);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a cursor from another sort', async () => {
    const byName = await albumsPage({ sort: 'NAME', first: 1 });
    const response = await alice.client.request(ALBUMS, { sort: 'YEAR', after: byName.pageInfo.endCursor });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('is for signed-in users only', async () => {
    const response = await stack.client.request(ALBUMS, {});
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('searches songs, albums and artists in one list, best first', async () => {
    expect((await search('bjork'))[0]).toBe('Artist:Björk');
    expect((await search('post'))[0]).toBe('Album:Post');
    expect(await search('hyperballad')).toEqual(['Song:Hyperballad']);
    expect(await search('   ')).toEqual([]);
  });

  it('follows edits and deletions: an album loses a song, gains one, disappears with its last', async () => {
    const postId = (await songIdsOf('Army of Me')).albumId!;
    const moved = await alice.client.request<{ updateSong: { albumId: string } }>(UPDATE, {
      id: uploaded['Untagged Bonus']!.id,
      metadata: { album: 'Debut' },
    });
    expect(moved.errors).toBeUndefined();
    const debutId = moved.data!.updateSong.albumId;
    expect((await album(postId))!.songCount).toBe(3);
    expect(await album(debutId)).toMatchObject({ title: 'Debut', songCount: 1, artist: { albumCount: 3 } });

    expect(errorCodes(await alice.client.request(DELETE, { id: uploaded['Untagged Bonus']!.id }))).toEqual([]);
    expect(await album(debutId)).toBeNull();
    expect((await album(postId))!.coverUrl).toBeNull();
  });
});
