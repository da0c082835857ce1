import { testBackends } from '@sp0t1fy/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSongEvents } from '../src/providers/song-events.js';
import { createSongsRepository } from '../src/providers/songs-repository.js';
import { insertSongs, openCatalogDatabase } from './support/database.js';

type Opened = Awaited<ReturnType<typeof openCatalogDatabase>>;

describe.each(await testBackends())('album and artist ids ($name)', (backend) => {
  let database: Opened;
  const idsOf = async (title: string) =>
    database.db
      .selectFrom('songs')
      .select(['album_id', 'artist_id', 'album_artist_id'])
      .where('title', '=', title)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    // Songs and their feed events stored before the ids existed: the migration gives both theirs.
    database = await openCatalogDatabase(backend, '0004-song-track-details');
    await insertSongs(database, [
      { title: 'Joga', artist: 'Björk', album: 'Homogenic' },
      { title: 'Bachelorette', artist: 'bjork', album: 'HOMOGENIC ' },
      { title: 'Hunter', artist: 'Björk', album: 'Homogenic (Live)' },
      { title: 'Single', artist: 'Björk' },
      { title: 'Guest Spot', artist: 'Tricky', album: 'Homogenic', album_artist: 'Björk' },
    ]);
    await sql`
      insert into song_events (type, song_id, title, artist, album, duration_seconds)
      select 'created', id, title, artist, album, duration_seconds from songs where title = 'Joga'
    `.execute(database.db);
    await database.migrate();
  });
  afterAll(() => database?.close());

  it('groups case, accent and spacing variants of the album artist and title into one album', async () => {
    const joga = await idsOf('Joga');
    expect(joga.album_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await idsOf('Bachelorette')).toEqual(joga);
    // The album artist, not the track artist, decides the album.
    expect(await idsOf('Guest Spot')).toMatchObject({ album_id: joga.album_id, album_artist_id: joga.artist_id });
    expect((await idsOf('Guest Spot')).artist_id).not.toBe(joga.artist_id);
    expect((await idsOf('Hunter')).album_id).not.toBe(joga.album_id);
    expect(await idsOf('Single')).toMatchObject({ album_id: null, artist_id: joga.artist_id });
  });

  it('sends the ids in the song feed, for events written before and after the migration', async () => {
    const [joga, guest] = [await idsOf('Joga'), await idsOf('Guest Spot')];
    const { id } = await database.db
      .selectFrom('songs')
      .select('id')
      .where('title', '=', 'Guest Spot')
      .executeTakeFirstOrThrow();
    const repository = createSongsRepository(database.db);
    await database.db.transaction().execute((trx) => repository.update(trx, id, { composer: 'Someone' }));

    const events = await readSongEvents(database.db, 0, 10);
    expect(events.map(({ title, albumId, artistIds }) => ({ title, albumId, artistIds }))).toEqual([
      { title: 'Joga', albumId: joga.album_id, artistIds: [joga.artist_id] },
      { title: 'Guest Spot', albumId: joga.album_id, artistIds: [guest.artist_id, joga.artist_id] },
    ]);
  });
});
