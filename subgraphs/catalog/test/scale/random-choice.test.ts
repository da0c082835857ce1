import type { Database } from '@sp0t1fy/platform';
import { testBackends } from '@sp0t1fy/platform/testing';
import type { CompiledQuery, Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogDatabase } from '../../src/database.js';
import { createAlbumsRepository } from '../../src/providers/albums-repository.js';
import { createRandomSongs } from '../../src/providers/random-songs.js';
import { openCatalogDatabase } from '../support/database.js';
import { explain, observe, rowsRead, seedLibrary } from './library.js';

const SONGS = 100_000;

/**
 * Random choice on the bench's library of 100,000 songs on real PostgreSQL: random songs seek from
 * random points through the seq index, reading about as many songs as they draw, where ordering the
 * library by random() read (and sorted) every one of them, 0.3 s here and up to 0.8 s embedded; a
 * genre shuffles only its songs, found through songs_genre.
 */
const postgres = (await testBackends()).filter((backend) => backend.postgresUrl);

describe.skipIf(postgres.length === 0)('random choice on 100,000 songs', () => {
  let database: Database<CatalogDatabase> & { url?: string };
  let observed: Kysely<CatalogDatabase>;
  let statements: CompiledQuery[];

  beforeAll(async () => {
    database = await openCatalogDatabase(postgres[0]!);
    await seedLibrary(database, SONGS);
    ({ db: observed, statements } = observe(database.url!));
  });
  afterAll(async () => {
    await observed?.destroy();
    await database?.close();
  });

  it('draws 500 random songs reading about as many songs as it draws, through the seq index', async () => {
    statements.length = 0;
    const songs = await createRandomSongs(observed).pick({ first: 500 });
    expect(new Set(songs.map((song) => song.id)).size).toBe(500);
    const [draw, rows] = statements;
    expect(statements).toHaveLength(2);
    const seeking = await explain(database.db, draw!);
    console.info(`500 random songs: ${seeking.ms.toFixed(2)} ms, ${rowsRead(seeking.nodes)} songs read`);
    // 1,000 draws, each one probe (plus the bounds' two).
    expect(rowsRead(seeking.nodes)).toBeLessThan(2_000);
    expect(seeking.nodes.filter((node) => node['Node Type'] === 'Seq Scan')).toEqual([]);
    expect(rowsRead((await explain(database.db, rows!)).nodes)).toBeLessThan(1_000);
  });

  it('draws songs of a genre from that genre’s songs alone, through songs_genre', async () => {
    statements.length = 0;
    const songs = await createRandomSongs(observed).pick({ first: 100, genre: 'jazz' });
    expect(songs).toHaveLength(100);
    expect(songs.every((song) => song.genre === 'Jazz')).toBe(true);
    const { nodes, ms } = await explain(database.db, statements[0]!);
    console.info(`100 random jazz songs: ${ms.toFixed(2)} ms, ${rowsRead(nodes)} songs read of 25,000`);
    expect(nodes.map((node) => node['Index Name']).filter(Boolean)).toContain('songs_genre');
    expect(rowsRead(nodes)).toBeLessThanOrEqual(SONGS / 4 + 1);
  });

  it('orders albums randomly in one statement over the album summaries, never the songs', async () => {
    statements.length = 0;
    const page = await createAlbumsRepository(observed).list(
      { sort: 'RANDOM', first: 50, offset: 50 },
      { count: true },
    );
    expect(page.edges).toHaveLength(50);
    expect(page.totalCount).toBe(20_000);
    for (const statement of statements) {
      const { nodes, ms } = await explain(database.db, statement);
      console.info(`random albums: ${ms.toFixed(2)} ms`);
      expect(rowsRead(nodes)).toBe(0);
    }
  });
});
