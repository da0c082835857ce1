import { collapseSongEvents, type Database } from '@sp0t1fy/platform';
import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryDatabase } from '../src/database.js';
import { createFavourites } from '../src/providers/favourites.js';
import { createSongReplica } from '../src/providers/song-replica.js';
import { openLibraryDatabase } from './support/database.js';
import { feedEvents, newId } from './support/songs.js';

describe('collapsing a batch of song events', () => {
  it('keeps the last description with its album and artists, and a deletion as final', () => {
    const feed = feedEvents();
    const songId = newId();
    const [albumA, albumB, artist] = [newId(), newId(), newId()];
    const [change] = collapseSongEvents([
      feed.event('created', { songId, albumId: albumA, artistIds: [artist] }),
      feed.event('deleted', { songId, albumId: albumB, artistIds: [artist] }),
      feed.event('updated', { songId, title: 'After', albumId: albumB, artistIds: [] }),
    ]);
    expect(change).toMatchObject({
      seq: 3,
      title: 'After',
      albumId: albumB,
      artistIds: [],
      deletedAt: expect.any(Date),
    });
  });
});

describe.each(await testBackends())('the library’s copy of the catalog’s songs ($name)', (backend) => {
  let database: Database<LibraryDatabase>;
  beforeAll(async () => {
    database = await openLibraryDatabase(backend);
  });
  afterAll(() => database?.close());

  it('takes favourites away with a removed song, and with an album’s or artist’s last live song', async () => {
    const replica = createSongReplica(database.db);
    const favourites = createFavourites(database.db);
    const feed = feedEvents();
    const [one, two, moved] = [newId(), newId(), newId()];
    const [album, otherAlbum, artist, soloArtist] = [newId(), newId(), newId(), newId()];
    const user = newId();
    expect(
      await replica.apply([
        feed.event('created', { songId: one, albumId: album, artistIds: [artist] }),
        feed.event('created', { songId: two, albumId: album, artistIds: [artist] }),
        feed.event('created', { songId: moved, albumId: otherAlbum, artistIds: [soloArtist] }),
      ]),
    ).toEqual({ applied: 3, cursor: 3 });
    expect(await replica.albumExists(album)).toBe(true);
    expect(await replica.artistExists(artist.toUpperCase())).toBe(true);
    for (const [kind, id] of [
      ['SONG', one],
      ['SONG', two],
      ['ALBUM', album],
      ['ALBUM', otherAlbum],
      ['ARTIST', artist],
      ['ARTIST', soloArtist],
    ] as const) {
      await favourites.star(user, kind, id);
    }
    const starred = async () => ({
      songs: (await favourites.page(user, 'SONG', null, 10)).rows.map((row) => row.target_id),
      albums: (await favourites.page(user, 'ALBUM', null, 10)).rows.map((row) => row.target_id),
      artists: (await favourites.page(user, 'ARTIST', null, 10)).rows.map((row) => row.target_id),
    });

    // One of the album's two songs goes: its favourite goes, the album's and artist's stay.
    await replica.apply([feed.event('deleted', { songId: one, albumId: album, artistIds: [artist] })]);
    expect(await starred()).toEqual({ songs: [two], albums: [otherAlbum, album], artists: [soloArtist, artist] });
    // A song moved off its album was that album's last: the album and its artist go.
    await replica.apply([feed.event('updated', { songId: moved, albumId: album, artistIds: [artist] })]);
    expect(await starred()).toEqual({ songs: [two], albums: [album], artists: [artist] });
    // The last song of the album goes; it stays in the copy, marked deleted, with its details.
    await replica.apply([feed.event('deleted', { songId: two, albumId: album, artistIds: [artist] })]);
    expect((await replica.find(two))?.deleted_at).toBeInstanceOf(Date);
    expect(await replica.albumExists(album)).toBe(true);
    await replica.apply([feed.event('deleted', { songId: moved, albumId: album, artistIds: [artist] })]);
    expect(await replica.albumExists(album)).toBe(false);
    expect(await starred()).toEqual({ songs: [], albums: [], artists: [] });

    // A replayed page changes nothing.
    expect(
      await replica.apply([feed.event('created', { songId: newId() })].map((event) => ({ ...event, seq: 2 }))),
    ).toEqual({ applied: 0, cursor: 7 });
  });

  it('matches M3U entries by artist and title, by path, or by file name, ignoring case and accents', async () => {
    const replica = createSongReplica(database.db);
    const feed = feedEvents();
    const cursor = await replica.cursor();
    const [bjork, dash, gone] = [newId(), newId(), newId()];
    await replica.apply(
      [
        feed.event('created', { songId: bjork, title: 'Jóga', artist: 'Björk', album: 'Homogenic' }),
        feed.event('created', { songId: dash, title: 'A - B', artist: 'C - D' }),
        feed.event('created', { songId: gone, title: 'Gone', artist: 'Nobody' }),
        feed.event('deleted', { songId: gone, title: 'Gone', artist: 'Nobody' }),
      ].map((event) => ({ ...event, seq: event.seq + cursor })),
    );
    const entry = (title: string | null, path: string | null) => ({ line: 1, text: path ?? title ?? '', title, path });
    expect(
      await replica.match([
        entry('BJORK - joga', null),
        entry(null, '/music/Bjork/Homogenic/JOGA.mp3'),
        entry(null, 'Joga.flac'),
        entry(null, 'Bj%C3%B6rk - J%C3%B3ga.mp3'),
        entry('C - D - A - B', null),
        entry('Nobody - Gone', null),
        entry('Nothing - Here', 'nothing.mp3'),
      ]),
    ).toEqual([bjork, bjork, bjork, bjork, dash, null, null]);
  });
});
