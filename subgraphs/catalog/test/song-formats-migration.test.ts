import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSongs, openCatalogDatabase } from './support/database.js';

type Opened = Awaited<ReturnType<typeof openCatalogDatabase>>;

describe.each(await testBackends())('migration 0008: song formats ($name)', (backend) => {
  let database: Opened;

  beforeAll(async () => {
    // Songs uploaded while MP3 was the only format accepted.
    database = await openCatalogDatabase(backend, '0007-play-feed-cursor');
    await insertSongs(database, [
      { title: 'Old One', artist: 'Someone' },
      { title: 'Old Two', artist: 'Someone', sha256: '1'.repeat(64) },
    ]);
    await database.migrate();
  });
  afterAll(() => database?.close());

  it('reads every existing song as an MP3', async () => {
    const rows = await database.db
      .selectFrom('songs')
      .select(['title', 'codec', 'bit_depth', 'lossless', 'file_extension', 'mime_type'])
      .orderBy('title')
      .execute();
    expect(rows).toEqual([
      {
        title: 'Old One',
        codec: 'MP3',
        bit_depth: null,
        lossless: false,
        file_extension: 'mp3',
        mime_type: 'audio/mpeg',
      },
      {
        title: 'Old Two',
        codec: 'MP3',
        bit_depth: null,
        lossless: false,
        file_extension: 'mp3',
        mime_type: 'audio/mpeg',
      },
    ]);
  });

  it('keeps new rows to the codecs the catalog serves', async () => {
    await insertSongs(database, [
      { title: 'Lossless', artist: 'Someone', codec: 'FLAC', bit_depth: 24, lossless: true, file_extension: 'flac' },
    ]);
    await expect(insertSongs(database, [{ title: 'Bad', artist: 'Someone', codec: 'WMA' }])).rejects.toThrow();
    await expect(insertSongs(database, [{ title: 'Bad', artist: 'Someone', bit_depth: 0 }])).rejects.toThrow();
  });
});
