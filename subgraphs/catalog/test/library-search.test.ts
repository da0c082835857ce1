import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLibrarySearch } from '../src/providers/library-search.js';
import { createSongSearch } from '../src/providers/song-search.js';
import { insertSongs, openCatalogDatabase } from './support/database.js';

type Opened = Awaited<ReturnType<typeof openCatalogDatabase>>;

describe.each(await testBackends())('search across songs, albums and artists ($name)', (backend) => {
  let database: Opened;
  let library: ReturnType<typeof createLibrarySearch>;

  beforeAll(async () => {
    database = await openCatalogDatabase(backend);
    await insertSongs(database, [
      { title: 'Love', artist: 'Someone', album: 'Other' },
      { title: 'Lovely Day', artist: 'Bill', album: 'Menagerie' },
      { title: 'Tune', artist: 'Lóve', album: 'Forever Changes' },
      { title: 'Track', artist: 'Band', album: 'Love Songs' },
      { title: 'Unrelated', artist: 'Nobody', album: 'Nothing' },
    ]);
    library = createLibrarySearch(database.db, createSongSearch(database.db));
  });
  afterAll(() => database?.close());

  const found = async (query: string, first?: number) =>
    (await library.search({ query, first })).map((row) =>
      'sha256' in row ? `Song:${row.title}` : 'newest_seq' in row ? `Album:${row.title}` : `Artist:${row.name}`,
    );

  it('puts a name equal to the query first, then names starting with it, then the rest; not songs first on ties', async () => {
    expect(await found('LOVE')).toEqual([
      'Artist:Lóve',
      'Song:Love',
      'Album:Love Songs',
      'Song:Lovely Day',
      // Only through its artist's name, or a song's artist or album.
      'Album:Forever Changes',
      'Song:Tune',
      'Song:Track',
    ]);
  });

  it('keeps the best `first` of all three kinds, and answers nothing for an empty query', async () => {
    expect(await found('love', 3)).toEqual(['Artist:Lóve', 'Song:Love', 'Album:Love Songs']);
    expect(await found('  ')).toEqual([]);
    await expect(library.search({ query: 'love', first: 101 })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
