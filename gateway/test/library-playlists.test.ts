import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from './support/client.js';
import {
  ADD_TO_PLAYLIST,
  addToPlaylist,
  CREATE_PLAYLIST,
  createPlaylist,
  DELETE_PLAYLIST,
  dataOf,
  MOVE_PLAYLIST_ENTRY,
  PLAYLIST,
  type PlaylistFields,
  positionsOf,
  REMOVE_FROM_PLAYLIST,
  readPlaylist,
  titlesOf,
  UPDATE_PLAYLIST,
} from './support/library.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import type { SongFields } from './support/uploads.js';

const MY_PLAYLISTS = /* GraphQL */ `
  query ($first: Int, $after: String) {
    me { playlists(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }
  }
`;
const THEIR_PLAYLISTS = /* GraphQL */ `
  query ($id: ID!) { playlist(id: $id) { owner { playlists { totalCount edges { node { id name public } } } } } }
`;

interface PlaylistList {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: { id: string; name: string } }>;
}

describe.each(await testBackends())('playlists through the gateway ($name)', (backend) => {
  let stack: TestStack;
  let owner: SeededUser;
  let other: SeededUser;
  let songs: SongFields[];
  const ids = (...indexes: number[]) => indexes.map((index) => songs[index]?.id as string);

  beforeAll(async () => {
    stack = await startStack(backend);
    [owner, other] = await Promise.all([seed(stack.client).user(), seed(stack.client).user()]);
    songs = [];
    for (const title of ['Alpha', 'Bravo', 'Charlie', 'Delta']) {
      songs.push(await seed(stack.client).song(owner, 'mpeg25-8khz.mp3', { title, artist: 'Band', album: 'Record' }));
    }
  });
  afterAll(() => stack?.close());

  it('creates a private playlist, renames, describes and publishes it, each change a new version', async () => {
    const created = await createPlaylist(owner.client, { name: '  Road trip ', description: 'For the car' });
    expect(created).toMatchObject({
      name: 'Road trip',
      description: 'For the car',
      public: false,
      songCount: 0,
      durationSeconds: 0,
      version: 1,
      owner: { id: owner.id },
      entries: { totalCount: 0, edges: [] },
    });
    const renamed = dataOf(
      await owner.client.request<{ updatePlaylist: PlaylistFields }>(UPDATE_PLAYLIST, {
        id: created.id,
        input: { name: 'Long drive', public: true },
        expectedVersion: 1,
      }),
    ).updatePlaylist;
    expect(renamed).toMatchObject({ name: 'Long drive', description: 'For the car', public: true, version: 2 });
    const cleared = dataOf(
      await owner.client.request<{ updatePlaylist: PlaylistFields }>(UPDATE_PLAYLIST, {
        id: created.id,
        input: { description: '' },
      }),
    ).updatePlaylist;
    expect(cleared).toMatchObject({ name: 'Long drive', description: null, version: 3 });
    expect(await readPlaylist(owner.client, created.id)).toEqual(cleared);

    expect(dataOf(await owner.client.request(DELETE_PLAYLIST, { id: created.id }))).toEqual({ deletePlaylist: true });
    const gone = await owner.client.request(PLAYLIST, { id: created.id });
    expect(gone.data).toEqual({ playlist: null });
    expect(errorCodes(gone)).toEqual(['NOT_FOUND']);
  });

  it('adds at the end or at a position, duplicates too, removes and moves, positions always 0..n-1', async () => {
    const playlist = await createPlaylist(owner.client, { name: 'Mix' });
    let current = await addToPlaylist(owner.client, playlist.id, ids(0, 1));
    current = await addToPlaylist(owner.client, playlist.id, ids(2, 0), { position: 1 });
    expect(titlesOf(current)).toEqual(['Alpha', 'Charlie', 'Alpha', 'Bravo']);
    expect(positionsOf(current)).toEqual([0, 1, 2, 3]);
    expect(current).toMatchObject({ songCount: 4, version: 3 });
    expect(current.durationSeconds).toBeCloseTo(4 * (songs[0]?.durationSeconds as number), 3);
    expect(current.entries.edges[0]?.node).toMatchObject({
      songArtist: 'Band',
      songRemoved: false,
      song: { id: songs[0]?.id, title: 'Alpha' },
    });

    const [first, , second] = current.entries.edges.map(({ node }) => node.id);
    const moved = dataOf(
      await owner.client.request<{ movePlaylistEntry: PlaylistFields }>(MOVE_PLAYLIST_ENTRY, {
        id: playlist.id,
        entryId: first,
        toPosition: 3,
      }),
    ).movePlaylistEntry;
    expect(titlesOf(moved)).toEqual(['Charlie', 'Alpha', 'Bravo', 'Alpha']);
    const back = dataOf(
      await owner.client.request<{ movePlaylistEntry: PlaylistFields }>(MOVE_PLAYLIST_ENTRY, {
        id: playlist.id,
        entryId: first,
        toPosition: 0,
      }),
    ).movePlaylistEntry;
    expect(titlesOf(back)).toEqual(['Alpha', 'Charlie', 'Alpha', 'Bravo']);

    const removed = dataOf(
      await owner.client.request<{ removeFromPlaylist: PlaylistFields }>(REMOVE_FROM_PLAYLIST, {
        id: playlist.id,
        entryIds: [first, second],
      }),
    ).removeFromPlaylist;
    expect(titlesOf(removed)).toEqual(['Charlie', 'Bravo']);
    expect(positionsOf(removed)).toEqual([0, 1]);
    expect(removed).toMatchObject({ songCount: 2, version: 6 });

    // Pages continue after the position a cursor names.
    const paged = await owner.client.request<{
      playlist: { entries: { pageInfo: { endCursor: string }; edges: Array<{ node: { songTitle: string } }> } };
    }>(
      'query ($id: ID!) { playlist(id: $id) { entries(first: 1) { pageInfo { endCursor } edges { node { songTitle } } } } }',
      {
        id: playlist.id,
      },
    );
    const after = dataOf(paged).playlist.entries.pageInfo.endCursor;
    const next = await owner.client.request<{
      playlist: { entries: { edges: Array<{ node: { songTitle: string } }> } };
    }>(
      'query ($id: ID!, $after: String) { playlist(id: $id) { entries(first: 5, after: $after) { edges { node { songTitle } } } } }',
      { id: playlist.id, after },
    );
    expect(dataOf(next).playlist.entries.edges.map(({ node }) => node.songTitle)).toEqual(['Bravo']);
  });

  it('refuses a stale expectedVersion with CONFLICT, changing nothing', async () => {
    const playlist = await createPlaylist(owner.client, { name: 'Versioned' });
    await addToPlaylist(owner.client, playlist.id, ids(0), { expectedVersion: 1 });
    for (const [query, variables] of [
      [ADD_TO_PLAYLIST, { songIds: ids(1), expectedVersion: 1 }],
      [UPDATE_PLAYLIST, { input: { name: 'Stale' }, expectedVersion: 1 }],
      [MOVE_PLAYLIST_ENTRY, { entryId: '00000000-0000-4000-8000-000000000000', toPosition: 0, expectedVersion: 1 }],
    ] as const) {
      const response = await owner.client.request(query, { id: playlist.id, ...variables });
      expect(errorCodes(response)).toEqual(['CONFLICT']);
      expect(response.errors?.[0]?.extensions?.version).toBe(2);
    }
    const unchanged = await readPlaylist(owner.client, playlist.id);
    expect(unchanged).toMatchObject({ name: 'Versioned', version: 2 });
    expect(titlesOf(unchanged)).toEqual(['Alpha']);
  });

  it('refuses what is over the limits or unknown with a clear code, changing nothing', async () => {
    const playlist = await createPlaylist(owner.client, { name: 'Limits', description: 'x'.repeat(1000) });
    const refusals: Array<[string, Record<string, unknown>, string, string]> = [
      [CREATE_PLAYLIST, { input: { name: 'x'.repeat(201) } }, 'BAD_USER_INPUT', 'name'],
      [CREATE_PLAYLIST, { input: { name: '   ' } }, 'BAD_USER_INPUT', 'name'],
      [CREATE_PLAYLIST, { input: { description: 'no name' } }, 'BAD_USER_INPUT', 'name'],
      [CREATE_PLAYLIST, { input: { name: 'ok', description: 'x'.repeat(1001) } }, 'BAD_USER_INPUT', 'description'],
      [UPDATE_PLAYLIST, { id: playlist.id, input: { name: 'x'.repeat(201) } }, 'BAD_USER_INPUT', 'name'],
      [ADD_TO_PLAYLIST, { id: playlist.id, songIds: Array(501).fill(songs[0]?.id) }, 'BAD_USER_INPUT', 'songIds'],
      [ADD_TO_PLAYLIST, { id: playlist.id, songIds: [] }, 'BAD_USER_INPUT', 'songIds'],
      [ADD_TO_PLAYLIST, { id: playlist.id, songIds: ids(0), position: 2 }, 'BAD_USER_INPUT', 'position'],
      [ADD_TO_PLAYLIST, { id: playlist.id, songIds: [...ids(0), 'not-a-song'] }, 'NOT_FOUND', 'songIds'],
      [ADD_TO_PLAYLIST, { id: playlist.id, songIds: ['6d1f9a4e-1111-4111-8111-111111111111'] }, 'NOT_FOUND', 'songIds'],
      [REMOVE_FROM_PLAYLIST, { id: playlist.id, entryIds: ['nope'] }, 'NOT_FOUND', 'entryIds'],
    ];
    for (const [query, variables, code, field] of refusals) {
      const response = await owner.client.request(query, variables);
      expect(errorCodes(response), JSON.stringify(variables).slice(0, 80)).toEqual([code]);
      expect(response.errors?.[0]?.extensions?.field).toBe(field);
    }
    const unknown = await owner.client.request(ADD_TO_PLAYLIST, {
      id: playlist.id,
      songIds: [...ids(1), 'not-a-song'],
    });
    // The error names the caller's own unknown id and nothing else.
    expect(unknown.errors?.[0]?.extensions?.songIds).toEqual(['not-a-song']);
    expect(await readPlaylist(owner.client, playlist.id)).toMatchObject({ version: 1, songCount: 0 });
    const mine = dataOf(await owner.client.request<{ me: { playlists: PlaylistList } }>(MY_PLAYLISTS, {}));
    expect(mine.me.playlists.edges.map(({ node }) => node.name)).not.toContain('x'.repeat(201));
  });

  it('keeps a private playlist NOT_FOUND to others, and a public one readable by them but never writable', async () => {
    const secret = await createPlaylist(owner.client, { name: 'Secret' });
    await addToPlaylist(owner.client, secret.id, ids(0));
    const shared = await createPlaylist(owner.client, { name: 'Shared', public: true });
    await addToPlaylist(owner.client, shared.id, ids(1));

    const hidden = await other.client.request(PLAYLIST, { id: secret.id });
    const unknown = await other.client.request(PLAYLIST, { id: '6d1f9a4e-2222-4222-8222-222222222222' });
    expect(hidden.data).toEqual({ playlist: null });
    // The same answer as for an id that does not exist: nothing tells them it does.
    expect(hidden.errors?.map(({ message, extensions }) => [message, extensions?.code])).toEqual(
      unknown.errors?.map(({ message, extensions }) => [message, extensions?.code]),
    );
    expect(errorCodes(hidden)).toEqual(['NOT_FOUND']);

    expect(titlesOf(await readPlaylist(other.client, shared.id))).toEqual(['Bravo']);
    const writes: Array<[string, Record<string, unknown>]> = [
      [UPDATE_PLAYLIST, { input: { name: 'Mine now' } }],
      [ADD_TO_PLAYLIST, { songIds: ids(2) }],
      [REMOVE_FROM_PLAYLIST, { entryIds: ['nope'] }],
      [MOVE_PLAYLIST_ENTRY, { entryId: 'nope', toPosition: 0 }],
      [DELETE_PLAYLIST, {}],
    ];
    for (const [query, variables] of writes) {
      expect(errorCodes(await other.client.request(query, { id: shared.id, ...variables }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await other.client.request(query, { id: secret.id, ...variables }))).toEqual(['NOT_FOUND']);
    }
    expect(await readPlaylist(owner.client, shared.id)).toMatchObject({ name: 'Shared', version: 2, songCount: 1 });
    expect(await readPlaylist(owner.client, secret.id)).toMatchObject({ name: 'Secret', version: 2, songCount: 1 });

    // Another user's list (reached from a playlist's owner) shows only the public ones; signed out, nothing.
    const theirs = dataOf(
      await other.client.request<{
        playlist: { owner: { playlists: { edges: Array<{ node: { name: string; public: boolean } }> } } };
      }>(THEIR_PLAYLISTS, { id: shared.id }),
    );
    expect(theirs.playlist.owner.playlists.edges.map(({ node }) => node)).toEqual([
      expect.objectContaining({ name: 'Shared', public: true }),
    ]);
    expect(errorCodes(await stack.client.request(PLAYLIST, { id: shared.id }))).toEqual(['UNAUTHENTICATED']);
  });

  it('lists the viewer’s playlists most recently changed first, in pages', async () => {
    const lister = await seed(stack.client).user();
    const made: string[] = [];
    for (const name of ['One', 'Two', 'Three']) made.push((await createPlaylist(lister.client, { name })).id);
    await addToPlaylist(lister.client, made[0] as string, ids(0));
    const firstPage = dataOf(
      await lister.client.request<{ me: { playlists: PlaylistList } }>(MY_PLAYLISTS, { first: 2 }),
    );
    expect(firstPage.me.playlists.totalCount).toBe(3);
    expect(firstPage.me.playlists.edges.map(({ node }) => node.name)).toEqual(['One', 'Three']);
    expect(firstPage.me.playlists.pageInfo.hasNextPage).toBe(true);
    const rest = dataOf(
      await lister.client.request<{ me: { playlists: PlaylistList } }>(MY_PLAYLISTS, {
        first: 2,
        after: firstPage.me.playlists.pageInfo.endCursor,
      }),
    );
    expect(rest.me.playlists.edges.map(({ node }) => node.name)).toEqual(['Two']);
    expect(rest.me.playlists.pageInfo.hasNextPage).toBe(false);
  });

  it('shows the first of its songs that has a cover as its cover, signed for the viewer, from the catalog', async () => {
    const covered = await seed(stack.client).song(owner, 'tones-with-cover.mp3', { title: 'Covered' });
    const playlist = await createPlaylist(owner.client, { name: 'Cover', public: true });
    const coverOf = async (user: SeededUser) =>
      dataOf(
        await user.client.request<{ playlist: { coverUrl: string | null } }>(
          'query ($id: ID!) { playlist(id: $id) { coverUrl } }',
          { id: playlist.id },
        ),
      ).playlist.coverUrl;
    expect(await coverOf(owner)).toBeNull();
    await addToPlaylist(owner.client, playlist.id, [songs[0]?.id as string, covered.id]);
    const songCover = async (user: SeededUser) =>
      dataOf(
        await user.client.request<{ song: { coverUrl: string } }>('query ($id: ID!) { song(id: $id) { coverUrl } }', {
          id: covered.id,
        }),
      ).song.coverUrl;
    expect(await coverOf(owner)).toBe(await songCover(owner));
    expect(await coverOf(other)).toBe(await songCover(other));
    expect(await coverOf(other)).toContain(`user=${other.id}`);
  });

  it('loses and duplicates nothing when two tabs move and add at once', async () => {
    const tabs = [owner.client, stack.client.as(owner.token)];
    const playlist = await createPlaylist(owner.client, { name: 'Race' });
    const start = Array.from({ length: 12 }, (_, index) => songs[index % 4]?.id as string);
    const filled = await addToPlaylist(owner.client, playlist.id, start);
    const entryIds = filled.entries.edges.map(({ node }) => node.id);

    // A fixed scramble of moves (within the 12 places that always exist) and adds, all sent at once.
    const moves = Array.from({ length: 24 }, (_, index) => ({
      entryId: entryIds[(index * 5) % entryIds.length],
      toPosition: (index * 7) % 12,
    }));
    const adds = Array.from({ length: 8 }, (_, index) => ({
      songIds: ids(index % 4),
      position: index % 3 === 0 ? 0 : null,
    }));
    const responses = await Promise.all([
      ...moves.map((move, index) => tabs[index % 2]?.request(MOVE_PLAYLIST_ENTRY, { id: playlist.id, ...move })),
      ...adds.map((add, index) => tabs[index % 2]?.request(ADD_TO_PLAYLIST, { id: playlist.id, ...add })),
    ]);
    for (const response of responses) expect(response?.errors).toBeUndefined();

    const final = await readPlaylist(owner.client, playlist.id);
    const expected = [...start, ...adds.flatMap((add) => add.songIds)];
    const songIdsOf = (fields: PlaylistFields) => fields.entries.edges.map(({ node }) => node.song?.id as string);
    expect(songIdsOf(final).sort()).toEqual(expected.sort());
    expect(positionsOf(final)).toEqual(expected.map((_, index) => index));
    // The twelve first entries are all still there, each once.
    const finalEntryIds = final.entries.edges.map(({ node }) => node.id);
    expect(new Set(finalEntryIds).size).toBe(finalEntryIds.length);
    expect(finalEntryIds).toEqual(expect.arrayContaining(entryIds));
    expect(final.version).toBe(2 + moves.length + adds.length);
  });
});
