import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlbumsRepository } from '../src/providers/albums-repository.js';
import { createArtistsRepository } from '../src/providers/artists-repository.js';
import { createSongsRepository } from '../src/providers/songs-repository.js';
import { insertSongs, openCatalogDatabase } from './support/database.js';

type Opened = Awaited<ReturnType<typeof openCatalogDatabase>>;
const COVER = 'c'.repeat(64);

describe.each(await testBackends())('album and artist summaries ($name)', (backend) => {
  let database: Opened;
  let albums: ReturnType<typeof createAlbumsRepository>;
  let artists: ReturnType<typeof createArtistsRepository>;

  const albumTitled = async (title: string) =>
    database.db.selectFrom('albums').selectAll().where('title', '=', title).executeTakeFirstOrThrow();
  const artistNamed = async (name: string) =>
    database.db.selectFrom('artists').selectAll().where('name', '=', name).executeTakeFirstOrThrow();
  const songId = async (title: string) =>
    (await database.db.selectFrom('songs').select('id').where('title', '=', title).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    // Songs stored before the summaries existed: the migration summarises them.
    database = await openCatalogDatabase(backend, '0005-album-and-artist-ids');
    await insertSongs(database, [
      {
        title: 'Hunter',
        artist: 'Björk',
        album: 'Homogenic',
        release_year: 1997,
        genre: 'Electronic',
        track_number: 1,
      },
    ]);
    await database.migrate();
    albums = createAlbumsRepository(database.db);
    artists = createArtistsRepository(database.db);
    // And songs added after, through the triggers.
    await insertSongs(database, [
      {
        title: 'Joga',
        artist: 'bjork',
        album: 'HOMOGENIC',
        release_year: 1997,
        genre: 'Electronic',
        track_number: 3,
        cover_sha256: COVER,
      },
      { title: 'Bachelorette', artist: 'Bjork', album: 'homogenic ', release_year: 1998, track_number: 2 },
      { title: 'Alarm Call', artist: 'Björk', album: 'Homogenic', release_year: 1998, genre: 'Pop' },
      {
        title: 'All Is Full of Love',
        artist: 'Björk',
        album: 'Homogenic',
        release_year: 1997,
        disc_number: 2,
        track_number: 1,
      },
      { title: 'Come Together', artist: 'The Beatles', album: 'Abbey Road', album_artist_sort: 'Beatles, The' },
      { title: 'Guest Spot', artist: 'Tricky', album: 'Zebra Tracks', album_artist: 'Aphex Twin' },
      { title: 'Single', artist: 'Tricky' },
    ]);
  });
  afterAll(() => database?.close());

  it('groups case, accent and spacing variants into one album named as most of its songs are', async () => {
    const homogenic = await albumTitled('Homogenic');
    expect(homogenic).toMatchObject({
      song_count: 5,
      // 1997 three times, 1998 twice; Electronic twice, Pop once.
      year: 1997,
      genre: 'Electronic',
      cover_song_id: await songId('Joga'),
      duration_seconds: 900,
    });
    expect(await database.db.selectFrom('albums').select('title').execute()).toHaveLength(3);
    // Björk three times as the album artist, bjork and Bjork once each.
    expect(await artistNamed('Björk')).toMatchObject({ id: homogenic.artist_id, album_count: 1, song_count: 5 });
  });

  it('lists an album’s songs by disc, then track, untagged ones last by title', async () => {
    const homogenic = await albumTitled('Homogenic');
    const songs = await albums.songsOf([homogenic.id]);
    expect(songs.map((song) => song.title)).toEqual([
      'Hunter',
      'Bachelorette',
      'Joga',
      'All Is Full of Love',
      'Alarm Call',
    ]);
  });

  it('makes an artist of every track artist and album artist; songs without an album form no album', async () => {
    const tricky = await artistNamed('Tricky');
    expect(tricky).toMatchObject({ album_count: 0, song_count: 2 });
    const aphex = await artistNamed('Aphex Twin');
    expect(aphex).toMatchObject({ album_count: 1, song_count: 1 });
    expect((await albumTitled('Zebra Tracks')).artist_id).toBe(aphex.id);
  });

  it('sorts by the album artist’s sort name where tagged, else the folded name', async () => {
    const page = await albums.list({ sort: 'ARTIST' }, { count: true });
    // "aphex twin", "beatles, the", "bjork"
    expect(page.edges.map((edge) => edge.node.title)).toEqual(['Zebra Tracks', 'Abbey Road', 'Homogenic']);
    expect(page.totalCount).toBe(3);
    const byName = await artists.list({}, { count: false });
    expect(byName.edges.map((edge) => edge.node.name)).toEqual(['Aphex Twin', 'The Beatles', 'Björk', 'Tricky']);
  });

  it('pages with cursors that only continue their own list', async () => {
    const first = await albums.list({ sort: 'NAME', first: 2 }, { count: false });
    expect(first.edges.map((edge) => edge.node.title)).toEqual(['Abbey Road', 'Homogenic']);
    expect(first.hasNextPage).toBe(true);
    const second = await albums.list({ sort: 'NAME', first: 2, after: first.endCursor }, { count: false });
    expect(second.edges.map((edge) => edge.node.title)).toEqual(['Zebra Tracks']);
    expect(second.hasNextPage).toBe(false);
    await expect(albums.list({ sort: 'NEWEST', after: first.endCursor }, { count: false })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await expect(albums.list({ after: 'not-a-cursor' }, { count: false })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await expect(albums.list({ first: 101 }, { count: false })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('filters by words of the title or artist, by artist and by genre', async () => {
    const titles = async (args: Parameters<typeof albums.list>[0]) =>
      (await albums.list(args, { count: false })).edges.map((edge) => edge.node.title);
    expect(await titles({ query: 'BJORK homo' })).toEqual(['Homogenic']);
    expect(await titles({ artistId: (await artistNamed('Aphex Twin')).id })).toEqual(['Zebra Tracks']);
    expect(await titles({ artistId: 'not-an-id' })).toEqual([]);
    expect(await titles({ genre: 'electronic' })).toEqual(['Homogenic']);
  });

  it('recomputes the touched albums and artists when a song is edited or deleted', async () => {
    const songs = createSongsRepository(database.db);
    const id = await songId('Guest Spot');
    await database.db.transaction().execute((trx) => songs.update(trx, id, { album: 'Homogenic', albumArtist: null }));
    // Tricky's own album now; Zebra Tracks and Aphex Twin are gone with their only song.
    expect(
      await database.db.selectFrom('albums').select('title').where('title', '=', 'Zebra Tracks').execute(),
    ).toEqual([]);
    expect(await database.db.selectFrom('artists').select('name').where('name', '=', 'Aphex Twin').execute()).toEqual(
      [],
    );
    expect((await artistNamed('Tricky')).album_count).toBe(1);

    await database.db.transaction().execute((trx) => songs.delete(trx, id));
    expect((await artistNamed('Tricky')).song_count).toBe(1);
    expect((await albumTitled('Homogenic')).song_count).toBe(5);
  });
});
