import { testBackends } from '@sp0t1fy/platform/testing';
import type SubsonicAPI from 'subsonic-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import { type RawAnswer, subsonicCall, subsonicErrorCode } from './support/subsonic.js';
import { createAppPassword, subsonicClient } from './support/subsonic-client.js';
import type { SongFields } from './support/uploads.js';

const [backend] = await testBackends();

// biome-ignore lint/suspicious/noExplicitAny: the answers are read field by field, as a client would
type Json = Record<string, any>;

describe('the Subsonic API: browsing, lists and search with an OpenSubsonic client', () => {
  let stack: TestStack;
  let alice: SeededUser;
  let password: string;
  let client: SubsonicAPI;
  let post: SongFields[];
  let signals: SongFields[];
  /** Plain-HTTP calls as alice, with p= (the app password in clear). */
  let call: (
    method: string,
    params?: Record<string, string | string[]>,
    options?: { post?: boolean },
  ) => Promise<RawAnswer>;

  beforeAll(async () => {
    stack = await startStack(backend!);
    alice = await seed(stack.client).user();
    const electronic = { genre: 'Electronic', releaseYear: 1995 };
    post = [];
    for (const fixture of ['album-post-01.mp3', 'album-post-02.mp3', 'album-post-03.mp3']) {
      post.push(await seed(stack.client).song(alice, fixture, electronic));
    }
    const tag = {
      artist: 'The Testers',
      albumArtist: 'The Testers',
      album: 'Signals',
      genre: 'Ambient',
      releaseYear: 2001,
    };
    signals = [
      await seed(stack.client).song(alice, 'tones-with-cover.mp3', { ...tag, title: 'Tone One', trackNumber: 1 }),
      await seed(stack.client).song(alice, 'speech-cbr128.mp3', { ...tag, title: 'Spoken Two', trackNumber: 2 }),
    ];
    password = (await createAppPassword(alice.client)).password;
    client = subsonicClient(stack.gatewayUrl, { username: alice.email, password });
    call = (method, params = {}, options = {}) =>
      subsonicCall(
        stack.gatewayUrl,
        method,
        { u: alice.email, p: password, v: '1.16.1', c: 'raw', ...params },
        options,
      );
  }, 120_000);
  afterAll(() => stack?.close());

  it('answers the protocol: extensions without credentials, XML by default, unknown methods and JSONP as errors', async () => {
    const asXml = await subsonicCall(stack.gatewayUrl, 'getOpenSubsonicExtensions');
    expect(asXml.status).toBe(200);
    expect(asXml.contentType).toContain('text/xml');
    expect(asXml.text).toContain('xmlns="http://subsonic.org/restapi"');
    expect(asXml.response).toMatchObject({ status: 'ok', version: '1.16.1', type: 'sp0t1fy', openSubsonic: 'true' });
    expect(await client.getOpenSubsonicExtensions()).toMatchObject({
      openSubsonicExtensions: [
        { name: 'apiKeyAuthentication', versions: [1] },
        { name: 'formPost', versions: [1] },
        { name: 'songLyrics', versions: [1] },
      ],
    });
    const unknown = await call('getEverything.view', { f: 'json' });
    expect(unknown.status).toBe(200);
    expect(unknown.response).toMatchObject({ status: 'failed', error: { code: 0 } });
    const jsonp = await call('ping', { f: 'jsonp', callback: 'cb' });
    expect(subsonicErrorCode(jsonp)).toBe(0);
    expect(jsonp.contentType).toContain('json');
    expect(subsonicErrorCode(await subsonicCall(stack.gatewayUrl, 'ping', { v: '1.16.1' }, { post: true }))).toBe(10);
  });

  it('signs in with the app password as token + salt, in clear, as enc:hex, as apiKey, and by form POST', async () => {
    expect(await client.ping()).toMatchObject({ status: 'ok' });
    expect((await call('ping')).response.status).toBe('ok');
    const hex = Buffer.from(password, 'utf8').toString('hex');
    expect((await call('ping', { p: `enc:${hex}` })).response.status).toBe('ok');
    expect((await subsonicCall(stack.gatewayUrl, 'ping', { apiKey: password, f: 'json' })).response.status).toBe('ok');
    expect((await call('ping.view', { f: 'json' }, { post: true })).response.status).toBe('ok');
    expect(
      await subsonicClient(stack.gatewayUrl, { username: alice.email, password }, { post: true }).ping(),
    ).toMatchObject({
      status: 'ok',
    });
    // The account's own password is not an app password.
    expect(subsonicErrorCode(await call('ping', { p: alice.password }))).toBe(40);
  });

  it('browses artists → artist → album → songs, with the song fields players read', async () => {
    const { artists } = (await client.getArtists()) as Json;
    const names = artists.index.flatMap((index: Json) => index.artist.map((artist: Json) => artist.name));
    expect(names).toEqual(expect.arrayContaining(['Björk', 'The Testers']));
    const letterOf = (name: string) =>
      artists.index.find((index: Json) => index.artist.some((artist: Json) => artist.name === name))?.name;
    expect(letterOf('Björk')).toBe('B');
    expect(letterOf('The Testers')).toBe('T');
    expect(artists.ignoredArticles).toContain('The');
    // Album artists only: a track artist without an album of its own would be an empty folder.
    expect(artists.index.flatMap((index: Json) => index.artist).every((artist: Json) => artist.albumCount > 0)).toBe(
      true,
    );

    const bjorkId = artists.index
      .flatMap((index: Json) => index.artist)
      .find((artist: Json) => artist.name === 'Björk').id;
    expect(bjorkId).toMatch(/^ar-/);
    const { artist } = (await client.getArtist({ id: bjorkId })) as Json;
    expect(artist).toMatchObject({ id: bjorkId, name: 'Björk', albumCount: 1 });
    expect(artist.album.map((album: Json) => album.name)).toEqual(['Post']);

    const albumId = artist.album[0].id;
    expect(albumId).toMatch(/^al-/);
    const { album } = (await client.getAlbum({ id: albumId })) as Json;
    expect(album).toMatchObject({
      id: albumId,
      name: 'Post',
      artist: 'Björk',
      artistId: bjorkId,
      songCount: 3,
      year: 1995,
    });
    expect(album.song.map((song: Json) => song.title)).toEqual(['Army of Me', 'Hyperballad', 'Isobel']);
    const first = album.song[0];
    expect(first).toMatchObject({
      id: post[0]!.id,
      parent: albumId,
      albumId,
      isDir: false,
      title: 'Army of Me',
      album: 'Post',
      artist: 'Björk',
      track: 1,
      discNumber: 1,
      year: 1995,
      genre: 'Electronic',
      size: post[0]!.sizeBytes,
      contentType: 'audio/mpeg',
      suffix: 'mp3',
      duration: Math.round(post[0]!.durationSeconds),
      type: 'music',
      mediaType: 'song',
      playCount: 0,
    });
    expect(first.artistId).toMatch(/^ar-/);
    expect(first.path).toBe('Björk/Post/01 - Army of Me.mp3');
    expect(Date.parse(first.created)).not.toBeNaN();

    const { song } = (await client.getSong({ id: post[1]!.id })) as Json;
    expect(song).toMatchObject({ id: post[1]!.id, title: 'Hyperballad', parent: albumId });
  });

  it('answers ids of the wrong kind, unknown ids and SQL or path fragments with 70, and a missing id with 10', async () => {
    const { artists } = (await client.getArtists()) as Json;
    const artistId = artists.index[0].artist[0].id;
    for (const [method, id] of [
      ['getAlbum', artistId],
      ['getArtist', `al-${post[0]!.id}`],
      ['getSong', `al-${post[0]!.id}`],
      ['getSong', "1' OR '1'='1"],
      ['getAlbum', 'al-../../etc/passwd'],
      ['getSong', '00000000-0000-4000-8000-000000000000'],
      ['getMusicDirectory', post[0]!.id],
    ] as const) {
      expect(subsonicErrorCode(await call(method, { id })), `${method} ${id}`).toBe(70);
    }
    expect(subsonicErrorCode(await call('getSong'))).toBe(10);
    expect(subsonicErrorCode(await call('getSong', { id: [post[0]!.id, post[1]!.id] }))).toBe(0);
  });

  it('shows artists and albums as music directories, and the one music folder', async () => {
    expect(await client.getMusicFolders()).toMatchObject({ musicFolders: { musicFolder: [{ id: 1, name: 'Music' }] } });
    const { indexes } = (await client.getIndexes()) as Json;
    const testers = indexes.index.flatMap((index: Json) => index.artist).find((a: Json) => a.name === 'The Testers');
    const { directory: artistDirectory } = (await client.getMusicDirectory({ id: testers.id })) as Json;
    expect(artistDirectory).toMatchObject({ id: testers.id, name: 'The Testers' });
    expect(artistDirectory.child).toHaveLength(1);
    expect(artistDirectory.child[0]).toMatchObject({ isDir: true, title: 'Signals', parent: testers.id });
    const { directory } = (await client.getMusicDirectory({ id: artistDirectory.child[0].id })) as Json;
    expect(directory).toMatchObject({ name: 'Signals', parent: testers.id });
    expect(directory.child.map((child: Json) => [child.title, child.isDir])).toEqual([
      ['Tone One', false],
      ['Spoken Two', false],
    ]);
    expect(subsonicErrorCode(await call('getIndexes', { musicFolderId: '2' }))).toBe(70);
  });

  it('lists genres with their counts', async () => {
    const { genres } = (await client.getGenres()) as Json;
    expect(genres.genre).toEqual([
      { value: 'Ambient', songCount: 2, albumCount: 1 },
      { value: 'Electronic', songCount: 3, albumCount: 1 },
    ]);
  });

  it('searches with search3, and lists everything for an empty query (how clients sync)', async () => {
    const { searchResult3: found } = (await client.search3({ query: 'hyperballad' })) as Json;
    expect(found.song.map((song: Json) => song.id)).toEqual([post[1]!.id]);
    const { searchResult3: bjork } = (await client.search3({ query: 'bjork', songCount: 0 })) as Json;
    expect(bjork.artist.map((artist: Json) => artist.name)).toEqual(['Björk']);
    expect(bjork.album.map((album: Json) => album.name)).toEqual(['Post']);
    expect(bjork.song).toBeUndefined();
    const { searchResult3: all } = (await client.search3({ query: '""', songCount: 500 })) as Json;
    expect(all.song).toHaveLength(5);
    const { searchResult3: paged } = (await client.search3({ query: '', songCount: 2, songOffset: 4 })) as Json;
    expect(paged.song).toHaveLength(1);
    expect(subsonicErrorCode(await call('search3', { query: 'x', songOffset: '100001' }))).toBe(0);
    expect(subsonicErrorCode(await call('search3', { query: 'x', songCount: 'ten' }))).toBe(0);
  });

  it('lists albums by every getAlbumList2 type', async () => {
    const names = async (args: Json) =>
      (((await client.getAlbumList2(args as never)) as Json).albumList2.album ?? []).map((album: Json) => album.name);
    expect(await names({ type: 'newest' })).toEqual(['Signals', 'Post']);
    // The catalog's orders (sort names where tagged), as GraphQL lists them.
    const sorted = async (sort: string) => {
      const response = await alice.client.request<{ albums: { edges: Array<{ node: { title: string } }> } }>(
        'query Sorted($sort: AlbumSort!) { albums(sort: $sort, first: 10) { edges { node { title } } } }',
        { sort },
      );
      return response.data!.albums.edges.map((edge) => edge.node.title);
    };
    const byName = await sorted('NAME');
    expect(byName.sort()).toEqual(['Post', 'Signals']);
    expect(await names({ type: 'alphabeticalByName' })).toEqual(await sorted('NAME'));
    expect(await names({ type: 'alphabeticalByArtist' })).toEqual(await sorted('ARTIST'));
    expect(await names({ type: 'alphabeticalByName', size: 1, offset: 1 })).toEqual([(await sorted('NAME'))[1]]);
    expect(await names({ type: 'byYear', fromYear: 1990, toYear: 2000 })).toEqual(['Post']);
    expect(await names({ type: 'byYear', fromYear: 2010, toYear: 1990 })).toEqual(['Signals', 'Post']);
    expect(await names({ type: 'byGenre', genre: 'Ambient' })).toEqual(['Signals']);
    expect((await names({ type: 'random', size: 10 })).sort()).toEqual(['Post', 'Signals']);
    expect((await names({ type: 'frequent' })).sort()).toEqual(['Post', 'Signals']);
    expect(await names({ type: 'starred' })).toEqual([]);
    expect(await names({ type: 'recent' })).toEqual([]);

    const played = await alice.client.request(
      'mutation Play($id: ID!) { recordPlayback(songId: $id, action: PLAY) { id } }',
      { id: signals[0]!.id },
    );
    expect(played.errors).toBeUndefined();
    expect(await names({ type: 'recent' })).toEqual(['Signals']);

    expect(subsonicErrorCode(await call('getAlbumList2'))).toBe(10);
    expect(subsonicErrorCode(await call('getAlbumList2', { type: 'byYear', fromYear: '1990' }))).toBe(10);
    expect(subsonicErrorCode(await call('getAlbumList2', { type: 'byGenre' }))).toBe(10);
    expect(subsonicErrorCode(await call('getAlbumList2', { type: 'everything' }))).toBe(0);
    expect(subsonicErrorCode(await call('getAlbumList2', { type: 'newest', size: '-1' }))).toBe(0);
    expect((await call('getAlbumList2', { type: 'newest', size: '100000' })).response.status).toBe('ok');
  });

  it('picks random songs and lists songs by genre', async () => {
    const { randomSongs } = (await client.getRandomSongs({ size: 3 })) as Json;
    expect(new Set(randomSongs.song.map((song: Json) => song.id)).size).toBe(3);
    const { randomSongs: ambient } = (await client.getRandomSongs({ size: 10, genre: 'Ambient' })) as Json;
    expect(ambient.song.map((song: Json) => song.id).sort()).toEqual(signals.map((song) => song.id).sort());
    const { randomSongs: nineties } = (await client.getRandomSongs({ size: 10, fromYear: 1990, toYear: 1999 })) as Json;
    expect(nineties.song.map((song: Json) => song.id).sort()).toEqual(post.map((song) => song.id).sort());

    const { songsByGenre } = (await client.getSongsByGenre({ genre: 'Electronic', count: 2, offset: 1 })) as Json;
    expect(songsByGenre.song).toHaveLength(2);
    expect(subsonicErrorCode(await call('getSongsByGenre'))).toBe(10);
  });

  it('lists what the user starred in getStarred2, with when', async () => {
    for (const [kind, id] of [
      ['SONG', post[0]!.id],
      ['ALBUM', ((await client.getSong({ id: post[0]!.id })) as Json).song.albumId.slice(3)],
      ['ARTIST', ((await client.getSong({ id: signals[0]!.id })) as Json).song.artistId.slice(3)],
    ]) {
      const starred = await alice.client.request(
        'mutation Star($kind: FavouriteKind!, $id: ID!) { star(kind: $kind, id: $id) }',
        {
          kind,
          id,
        },
      );
      expect(starred.errors).toBeUndefined();
    }
    const { starred2 } = (await client.getStarred2()) as Json;
    expect(starred2.song.map((song: Json) => song.id)).toEqual([post[0]!.id]);
    expect(starred2.album.map((album: Json) => album.name)).toEqual(['Post']);
    expect(starred2.artist.map((artist: Json) => artist.name)).toEqual(['The Testers']);
    for (const item of [starred2.song[0], starred2.album[0], starred2.artist[0]]) {
      expect(Date.parse(item.starred)).not.toBeNaN();
    }
    const { song } = (await client.getSong({ id: post[0]!.id })) as Json;
    expect(Date.parse(song.starred)).not.toBeNaN();
    expect(((await client.getAlbumList2({ type: 'starred' })) as Json).albumList2.album[0].name).toBe('Post');
  });

  it('answers getUser for the user themself only, and empty lyrics', async () => {
    const { user } = (await client.getUser({ username: alice.email })) as Json;
    expect(user).toMatchObject({ username: alice.email, streamRole: true, downloadRole: true, adminRole: false });
    expect(subsonicErrorCode(await call('getUser', { username: 'someone-else@example.com' }))).toBe(50);
    expect(subsonicErrorCode(await call('getUser'))).toBe(10);
    expect((await call('getLyrics', { artist: 'Björk', title: 'Isobel', f: 'json' })).response).toMatchObject({
      status: 'ok',
      lyrics: {},
    });
    expect((await call('getLyricsBySongId', { id: post[2]!.id, f: 'json' })).response).toMatchObject({
      status: 'ok',
      lyricsList: {},
    });
  });

  it('answers XML with scalars as attributes and lists as repeated elements', async () => {
    const albumId = ((await client.getSong({ id: post[0]!.id })) as Json).song.albumId;
    const answer = await call('getAlbum', { id: albumId });
    expect(answer.contentType).toContain('text/xml');
    const album = answer.response.album as Json;
    expect(album).toMatchObject({ id: albumId, name: 'Post', songCount: '3' });
    expect(album.song.map((song: Json) => song.title)).toEqual(['Army of Me', 'Hyperballad', 'Isobel']);
    expect(album.song[0]).toMatchObject({ isDir: 'false', type: 'music', contentType: 'audio/mpeg' });
    const genres = (await call('getGenres')).response.genres as Json;
    expect(genres.genre).toEqual([
      { '#text': 'Ambient', songCount: '2', albumCount: '1' },
      { '#text': 'Electronic', songCount: '3', albumCount: '1' },
    ]);
  });
});
