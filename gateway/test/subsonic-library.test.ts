import { createHash } from 'node:crypto';
import { testBackends } from '@sp0t1fy/platform/testing';
import SubsonicAPI from 'subsonic-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from './support/library.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import {
  bothFormats,
  CLIENT,
  checkingFetch,
  codeOf,
  createAppPassword,
  credentials,
  rawCall,
  subsonicClient,
} from './support/subsonic-client.js';
import { readFixture, type SongFields } from './support/uploads.js';

// The library side of the Subsonic API through a client we did not write (subsonic-api) and raw
// HTTP: star and unstar seen in getStarred2, a playlist's whole round trip, scrobbles counted as plays
// and shown in the history through GraphQL. Every answer passes the Subsonic schema check.

const [backend] = await testBackends();

const COUNTS = /* GraphQL */ `
  query ($id: ID!) { song(id: $id) { id playCount myPlayCount } }
`;
const HISTORY = /* GraphQL */ `
  query { me { id history(first: 10) { edges { node { action song { id } } } } } }
`;
const NOW_PLAYING = /* GraphQL */ `
  query { nowPlaying { playerName song { id } user { id } } }
`;
const FAVOURITES = /* GraphQL */ `
  query { me { id favourites {
    songs(first: 10) { edges { node { id } } }
    albums(first: 10) { edges { node { id } } }
    artists(first: 10) { edges { node { id } } }
  } } }
`;

interface Favourites {
  me: {
    favourites: Record<'songs' | 'albums' | 'artists', { edges: Array<{ node: { id: string } }> }>;
  };
}

describe('the Subsonic API: starring, playlists and scrobbles', () => {
  let stack: TestStack;
  let alice: SeededUser;
  let bob: SeededUser;
  let alicePassword: string;
  let bobPassword: string;
  const songs: SongFields[] = [];
  let albumId = '';
  let artistId = '';

  const aliceAuth = () => ({ ...CLIENT, ...credentials.plain(alice.email, alicePassword) });
  const client = (options: { post?: boolean } = {}) =>
    subsonicClient(stack.gatewayUrl, { username: alice.email, password: alicePassword }, options);

  beforeAll(async () => {
    stack = await startStack(backend!, { env: { PLAY_FEED_POLL_MS: '100' } });
    const users = seed(stack.client);
    [alice, bob] = await Promise.all([users.user(), users.user()]);
    for (const fixture of ['album-post-01.mp3', 'album-post-02.mp3', 'album-post-03.mp3'])
      songs.push(await users.song(alice, fixture));
    alicePassword = (await createAppPassword(alice.client, 'subsonic-api')).password;
    bobPassword = (await createAppPassword(bob.client, 'bob phone')).password;
    const album = await client().getSong({ id: songs[0]!.id });
    albumId = album.song.albumId!;
    artistId = album.song.artistId!;
  }, 180_000);
  afterAll(() => stack?.close());

  it('stars a song, an album and an artist, shows them in getStarred2 with starred dates, and unstars them', async () => {
    const api = client();
    expect((await api.star({ id: songs[0]!.id, albumId, artistId })).status).toBe('ok');
    // Starring again is no error (Subsonic clients retry).
    expect((await api.star({ id: [songs[0]!.id, songs[1]!.id] })).status).toBe('ok');

    const { xml, json } = await bothFormats(stack.gatewayUrl, 'getStarred2', aliceAuth());
    for (const answer of [xml, json]) {
      expect(answer.starred2?.song?.map((song) => song.id).sort()).toEqual([songs[0]!.id, songs[1]!.id].sort());
      expect(answer.starred2?.album?.map((album) => album.id)).toEqual([albumId]);
      expect(answer.starred2?.artist?.map((artist) => artist.id)).toEqual([artistId]);
      expect(answer.starred2?.song?.every((song) => song.starred !== undefined)).toBe(true);
    }
    const favourites = dataOf(await alice.client.request<Favourites>(FAVOURITES)).me.favourites;
    expect(favourites.songs.edges).toHaveLength(2);
    expect(favourites.albums.edges).toHaveLength(1);
    expect(favourites.artists.edges).toHaveLength(1);
    // Bob's stars are his own.
    const bobs = await rawCall(stack.gatewayUrl, 'getStarred2', {
      ...CLIENT,
      ...credentials.plain(bob.email, bobPassword),
    });
    expect(bobs.response.starred2?.song ?? []).toEqual([]);

    // The album's own id form (al-…) is accepted as id too, as clients star directories by id.
    expect((await api.unstar({ id: [songs[0]!.id, songs[1]!.id, albumId], artistId })).status).toBe('ok');
    const after = await client({ post: true }).getStarred2();
    expect(after.starred2.song ?? []).toEqual([]);
    expect(after.starred2.album ?? []).toEqual([]);
    expect(after.starred2.artist ?? []).toEqual([]);
  });

  it('refuses star of an unknown id with 70 and stars none of the others', async () => {
    const answer = await rawCall(stack.gatewayUrl, 'star', {
      ...aliceAuth(),
      id: [songs[2]!.id, '00000000-0000-4000-8000-000000000000'],
    });
    expect(codeOf(answer.response)).toBe(70);
    expect(codeOf((await rawCall(stack.gatewayUrl, 'star', aliceAuth())).response)).toBe(10);
    const favourites = dataOf(await alice.client.request<Favourites>(FAVOURITES)).me.favourites;
    expect(favourites.songs.edges).toEqual([]);
  });

  it('refuses setRating clearly, in the envelope, since Sp0t1fy has no ratings', async () => {
    const { xml, json } = await bothFormats(stack.gatewayUrl, 'setRating', {
      ...aliceAuth(),
      id: songs[0]!.id,
      rating: 4,
    });
    expect(codeOf(xml)).toBe(0);
    expect(json.error?.message).toMatch(/ratings are not supported/i);
    const missing = await rawCall(stack.gatewayUrl, 'setRating', { ...aliceAuth(), id: songs[0]!.id });
    expect(codeOf(missing.response)).toBe(10);
  });

  it('builds a playlist, reads it, edits it by index and replaces its songs, then deletes it', async () => {
    const api = client();
    const created = await api.createPlaylist({ name: 'Road trip', songId: [songs[0]!.id, songs[1]!.id, songs[0]!.id] });
    expect(created.status).toBe('ok');
    const playlistId = created.playlist.id;
    expect(playlistId).toMatch(/^pl-/);
    expect(created.playlist.entry?.map((song) => song.id)).toEqual([songs[0]!.id, songs[1]!.id, songs[0]!.id]);
    expect(created.playlist).toMatchObject({ name: 'Road trip', songCount: 3, owner: alice.email, public: false });

    const listed = await bothFormats(stack.gatewayUrl, 'getPlaylists', aliceAuth());
    for (const answer of [listed.xml, listed.json])
      expect(answer.playlists?.playlist?.map((playlist) => [playlist.id, playlist.songCount])).toEqual([
        [playlistId, 3],
      ]);

    // Rename, describe and publish; add one; remove the first two (indexes as getPlaylist showed them).
    expect(
      (
        await api.updatePlaylist({
          playlistId,
          name: 'Road trip 2',
          comment: 'For the A9',
          public: true,
          songIdToAdd: [songs[2]!.id],
          songIndexToRemove: [0, 1],
        })
      ).status,
    ).toBe('ok');
    const read = await bothFormats(stack.gatewayUrl, 'getPlaylist', { ...aliceAuth(), id: playlistId });
    for (const answer of [read.xml, read.json]) {
      expect(answer.playlist).toMatchObject({ name: 'Road trip 2', comment: 'For the A9', public: true, songCount: 2 });
      expect(answer.playlist?.entry?.map((song) => song.id)).toEqual([songs[0]!.id, songs[2]!.id]);
      expect(answer.playlist?.duration).toBe(
        answer.playlist?.entry?.reduce((total, song) => total + (song.duration ?? 0), 0),
      );
    }

    // createPlaylist with playlistId replaces the songs (OpenSubsonic formPost here).
    const replaced = await client({ post: true }).createPlaylist({ playlistId, songId: [songs[1]!.id] });
    expect(replaced.playlist.entry?.map((song) => song.id)).toEqual([songs[1]!.id]);
    expect(replaced.playlist.name).toBe('Road trip 2');

    // Bob sees the public playlist but cannot change or delete it.
    const bobAuth = { ...CLIENT, ...credentials.plain(bob.email, bobPassword) };
    const bobRead = await rawCall(stack.gatewayUrl, 'getPlaylist', { ...bobAuth, id: playlistId });
    expect(bobRead.response.playlist?.owner).toBe(alice.displayName);
    const bobUpdate = await rawCall(stack.gatewayUrl, 'updatePlaylist', { ...bobAuth, playlistId, name: 'Mine now' });
    expect([50, 70]).toContain(codeOf(bobUpdate.response));
    const bobDelete = await rawCall(
      stack.gatewayUrl,
      'deletePlaylist',
      { ...bobAuth, id: playlistId },
      { format: 'json' },
    );
    expect([50, 70]).toContain(codeOf(bobDelete.response));

    expect((await api.deletePlaylist({ id: playlistId })).status).toBe('ok');
    const gone = await rawCall(stack.gatewayUrl, 'getPlaylist', { ...aliceAuth(), id: playlistId }, { format: 'json' });
    expect(codeOf(gone.response)).toBe(70);
    expect((await api.getPlaylists()).playlists.playlist ?? []).toEqual([]);
  });

  it('changes nothing when a playlist request names an unknown song or an index past the end', async () => {
    const api = client();
    const unknownSong = await rawCall(stack.gatewayUrl, 'createPlaylist', {
      ...aliceAuth(),
      name: 'Never made',
      songId: [songs[0]!.id, '00000000-0000-4000-8000-000000000000'],
    });
    expect(codeOf(unknownSong.response)).toBe(70);
    expect((await api.getPlaylists()).playlists.playlist ?? []).toEqual([]);

    const made = await api.createPlaylist({ name: 'Kept', songId: [songs[0]!.id] });
    const id = made.playlist.id;
    const badIndex = await rawCall(stack.gatewayUrl, 'updatePlaylist', {
      ...aliceAuth(),
      playlistId: id,
      name: 'Renamed',
      songIdToAdd: songs[1]!.id,
      songIndexToRemove: 5,
    });
    expect(codeOf(badIndex.response)).toBe(0);
    expect(badIndex.response.error?.message).toMatch(/songIndexToRemove/);
    const badSong = await rawCall(stack.gatewayUrl, 'updatePlaylist', {
      ...aliceAuth(),
      playlistId: id,
      name: 'Renamed',
      songIdToAdd: '00000000-0000-4000-8000-000000000000',
    });
    expect(codeOf(badSong.response)).toBe(70);
    const kept = await api.getPlaylist({ id });
    expect(kept.playlist.name).toBe('Kept');
    expect(kept.playlist.entry?.map((song) => song.id)).toEqual([songs[0]!.id]);
    const noName = await rawCall(stack.gatewayUrl, 'createPlaylist', aliceAuth());
    expect(codeOf(noName.response)).toBe(10);
    await api.deletePlaylist({ id });
  });

  it('counts a scrobble as a play seen in playCount and the history, and a now-playing report as none', async () => {
    const song = songs[2]!;
    const before = dataOf(await alice.client.request<{ song: { playCount: number } }>(COUNTS, { id: song.id })).song;
    const playedAt = Date.now() - 60_000;
    expect((await client().scrobble({ id: song.id, submission: true, time: playedAt })).status).toBe('ok');
    // The same listen sent twice (a client retrying) is one play.
    expect((await client().scrobble({ id: song.id, time: playedAt })).status).toBe('ok');

    const deadline = Date.now() + 20_000;
    let counts = before;
    while (counts.playCount < before.playCount + 1 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      counts = dataOf(await alice.client.request<{ song: { playCount: number } }>(COUNTS, { id: song.id })).song;
    }
    expect(counts).toMatchObject({ playCount: before.playCount + 1, myPlayCount: 1 });
    const history = dataOf(
      await alice.client.request<{ me: { history: { edges: Array<{ node: { song: { id: string } | null } }> } } }>(
        HISTORY,
      ),
    ).me.history.edges;
    expect(history.filter((edge) => edge.node.song?.id === song.id)).toHaveLength(1);

    // submission=false: shown as now playing under the client's name, no play counted.
    const nowPlaying = await rawCall(stack.gatewayUrl, 'scrobble', {
      ...aliceAuth(),
      c: 'Symfonium',
      id: songs[0]!.id,
      submission: false,
    });
    expect(nowPlaying.response.status).toBe('ok');
    const playing = dataOf(
      await bob.client.request<{
        nowPlaying: Array<{ playerName: string | null; song: { id: string } | null; user: { id: string } | null }>;
      }>(NOW_PLAYING),
    ).nowPlaying;
    expect(playing).toContainEqual({ playerName: 'Symfonium', song: { id: songs[0]!.id }, user: { id: alice.id } });
    const first = dataOf(
      await alice.client.request<{ song: { playCount: number } }>(COUNTS, { id: songs[0]!.id }),
    ).song;
    expect(first.playCount).toBe(0);

    const unknown = await rawCall(stack.gatewayUrl, 'scrobble', { ...aliceAuth(), id: 'al-nope' }, { format: 'json' });
    expect(codeOf(unknown.response)).toBe(70);
    const badTime = await rawCall(stack.gatewayUrl, 'scrobble', { ...aliceAuth(), id: song.id, time: 'yesterday' });
    expect(codeOf(badTime.response)).toBe(0);
  });

  it('does the whole journey with only the server URL, the email and an app password: browse, search, star, playlist, scrobble, stream with Range', async () => {
    const api = client();
    const artists = await api.getArtists();
    const artist = artists.artists.index?.flatMap((index) => index.artist ?? []).find((entry) => entry.id === artistId);
    expect(artist?.name).toBe(songs[0]!.artist);
    const albums = (await api.getArtist({ id: artistId })).artist.album ?? [];
    expect(albums.map((album) => album.id)).toContain(albumId);
    const album = await api.getAlbum({ id: albumId });
    expect(album.album.song?.map((song) => song.id)).toEqual(expect.arrayContaining(songs.map((song) => song.id)));
    const found = await api.search3({ query: songs[1]!.title });
    expect(found.searchResult3.song?.map((song) => song.id)).toContain(songs[1]!.id);
    expect((await api.star({ id: songs[1]!.id })).status).toBe('ok');
    const made = await api.createPlaylist({ name: 'Journey', songId: [songs[1]!.id] });
    expect(made.playlist.entry?.map((song) => song.id)).toEqual([songs[1]!.id]);
    expect((await api.scrobble({ id: songs[1]!.id, submission: true })).status).toBe('ok');

    const original = await readFixture('album-post-02.mp3');
    const whole = await api.stream({ id: songs[1]!.id });
    expect(whole.status).toBe(200);
    const bytes = Buffer.from(await whole.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(songs[1]!.sha256);
    // The same client, asking for a range as players do when seeking.
    const ranged = new SubsonicAPI({
      url: stack.gatewayUrl,
      auth: { username: alice.email, password: alicePassword },
      fetch: (input, init) =>
        checkingFetch(input, { ...init, headers: { ...(init?.headers ?? {}), range: 'bytes=100-1099' } }),
    });
    const part = await ranged.stream({ id: songs[1]!.id });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-1099/${original.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(original.subarray(100, 1100))).toBe(true);

    await api.unstar({ id: songs[1]!.id });
    await api.deletePlaylist({ id: made.playlist.id });
  });
});
