import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlbumListArgs, createAlbumsRepository } from '../src/providers/albums-repository.js';
import { type ArtistListArgs, createArtistsRepository } from '../src/providers/artists-repository.js';
import type { Page } from '../src/providers/keyset-page.js';
import { createRandomSongs } from '../src/providers/random-songs.js';
import { createSongSearch, type SongListArgs } from '../src/providers/song-search.js';
import { createSongsRepository } from '../src/providers/songs-repository.js';
import { insertSongs, openCatalogDatabase } from './support/database.js';

type Opened = Awaited<ReturnType<typeof openCatalogDatabase>>;
type Lister<Args> = (args: Args, options: { count: boolean }) => Promise<Page<{ id: string }>>;

const ALBUMS = [
  { album: 'Alpha', artist: 'Ann', release_year: 1990, genre: 'Rock' },
  { album: 'Beta', artist: 'Bob', release_year: 1995, genre: 'rock' },
  { album: 'Gamma', artist: 'Cid', release_year: 2000, genre: 'Jazz' },
  { album: 'Delta', artist: 'Dee', release_year: null, genre: 'Pop' },
  { album: 'Echo', artist: 'Eve', release_year: 2005, genre: 'Jazz' },
  { album: 'Foxtrot', artist: 'Fay', release_year: 1995, genre: 'ROCK' },
];

/** Every id of a list, read page by page with cursors, and again with offsets: both the same order. */
async function bothWays<Args extends { first?: number | null; after?: string | null; offset?: number | null }>(
  list: Lister<Args>,
  args: Args,
  count = true,
): Promise<string[]> {
  const byCursor: string[] = [];
  let after: string | null = null;
  do {
    const page: Page<{ id: string }> = await list({ ...args, first: 2, after }, { count });
    byCursor.push(...page.edges.map((edge) => edge.node.id));
    after = page.hasNextPage ? page.endCursor : null;
  } while (after);
  const byOffset: string[] = [];
  for (let offset = 0; ; offset += 2) {
    const page = await list({ ...args, first: 2, offset }, { count });
    byOffset.push(...page.edges.map((edge) => edge.node.id));
    if (!page.hasNextPage) break;
  }
  expect(byOffset).toEqual(byCursor);
  return byOffset;
}

describe.each(await testBackends())('Subsonic’s lists: offsets, years, random ($name)', (backend) => {
  let database: Opened;
  let albums: ReturnType<typeof createAlbumsRepository>;
  let artists: ReturnType<typeof createArtistsRepository>;
  let search: ReturnType<typeof createSongSearch>;
  const albumTitles = async (args: AlbumListArgs) =>
    (await albums.list(args, { count: false })).edges.map((edge) => edge.node.title);

  beforeAll(async () => {
    database = await openCatalogDatabase(backend);
    for (const [index, album] of ALBUMS.entries()) {
      await insertSongs(database, [
        { title: `Song ${index}a`, ...album },
        { title: `Song ${index}b`, ...album },
      ]);
    }
    // Rank tiers for the search below: an artist called Song, an album called Song, no genre or year.
    await insertSongs(database, [
      { title: 'Loose', artist: 'Song' },
      { title: 'Other', artist: 'Gil', album: 'Song Book', genre: 'Jazz', release_year: 1990 },
    ]);
    albums = createAlbumsRepository(database.db);
    artists = createArtistsRepository(database.db);
    // Ranking every match, and reading tier by tier: offsets must follow both.
    search = createSongSearch(database.db, { rankEveryMatchUpTo: 0 });
  });
  afterAll(() => database?.close());

  it('pages songs by offset in the same order as by cursor, with and without a query or genre', async () => {
    const everyone = await bothWays<SongListArgs>((args, options) => search.list(args, options), {});
    expect(everyone).toHaveLength(14);
    const ranked = createSongSearch(database.db);
    for (const args of [{ query: 'song' }, { genre: 'ROCK' }, { query: 'song', genre: 'jazz' }]) {
      const tiers = await bothWays<SongListArgs>((page, options) => search.list(page, options), args);
      const whole = await bothWays<SongListArgs>((page, options) => ranked.list(page, options), args, true);
      expect(tiers).toEqual(whole);
      expect(tiers.length).toBeGreaterThan(2);
    }
    const beyond = await search.list({ offset: 100_000 });
    expect(beyond).toMatchObject({ edges: [], hasNextPage: false, endCursor: null, totalCount: 14 });
  });

  it('pages albums by offset in every sort’s order, and artists by name', async () => {
    for (const sort of ['NEWEST', 'NAME', 'ARTIST', 'YEAR', 'MOST_PLAYED'] as const) {
      expect(await bothWays<AlbumListArgs>((args, options) => albums.list(args, options), { sort })).toHaveLength(7);
    }
    expect(
      await bothWays<AlbumListArgs>((args, options) => albums.list(args, options), { genre: 'rock', sort: 'NAME' }),
    ).toHaveLength(3);
    const names = await bothWays<ArtistListArgs>((args, options) => artists.list(args, options), {});
    expect(names).toHaveLength(8);
    const page = await artists.list({ first: 3, offset: 3 }, { count: true });
    expect(page.edges.map((edge) => edge.node.name)).toEqual(['Dee', 'Eve', 'Fay']);
    expect(page.totalCount).toBe(8);
    // A page reached by offset continues by cursor.
    const next = await artists.list({ first: 2, after: page.endCursor }, { count: false });
    expect(next.edges.map((edge) => edge.node.name)).toEqual(['Gil', 'Song']);
  });

  it('lists albums of a range of years oldest first, or newest first when fromYear > toYear', async () => {
    expect(await albumTitles({ fromYear: 1995, toYear: 2005 })).toEqual(['Beta', 'Foxtrot', 'Gamma', 'Echo']);
    expect(await albumTitles({ fromYear: 2005, toYear: 1995 })).toEqual(['Echo', 'Gamma', 'Foxtrot', 'Beta']);
    expect(await albumTitles({ fromYear: 1995, toYear: 1995, sort: 'YEAR' })).toEqual(['Beta', 'Foxtrot']);
    // Either end alone bounds one side, in the sort's order; no year is in no range.
    expect(await albumTitles({ fromYear: 2000 })).toEqual(['Echo', 'Gamma']);
    expect(await albumTitles({ toYear: 1995, sort: 'NAME' })).toEqual(['Alpha', 'Beta', 'Foxtrot', 'Song Book']);
    expect(await albumTitles({ fromYear: 1990, toYear: 2005, sort: 'NAME', genre: 'jazz' })).toEqual([
      'Echo',
      'Gamma',
      'Song Book',
    ]);
    expect(await albumTitles({ fromYear: 0, toYear: 1000 })).toEqual([]);
    expect(await albumTitles({ fromYear: -2_147_483_648, toYear: 2_147_483_647 })).toHaveLength(6);
    for (const years of [
      { fromYear: 1990, toYear: 2005 },
      { fromYear: 2005, toYear: 1990 },
    ]) {
      expect(await bothWays<AlbumListArgs>((args, options) => albums.list(args, options), years)).toHaveLength(6);
    }
    // A cursor continues only the range it came from.
    const page = await albums.list({ fromYear: 1990, toYear: 2005, first: 1 }, { count: false });
    await expect(
      albums.list({ fromYear: 2005, toYear: 1990, after: page.endCursor }, { count: false }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });

  it('lists albums in a new random order per request, paged by offset only', async () => {
    const all = await albumTitles({ sort: 'RANDOM', first: 100 });
    expect(all.toSorted()).toEqual(['Alpha', 'Beta', 'Delta', 'Echo', 'Foxtrot', 'Gamma', 'Song Book']);
    const orders = new Set<string>();
    // 20 orders of 7 albums all alike: a chance of one in 5040^19.
    for (let request = 0; request < 20; request++) {
      orders.add((await albumTitles({ sort: 'RANDOM', first: 7 })).join());
    }
    expect(orders.size).toBeGreaterThan(1);
    const filtered = await albums.list({ sort: 'RANDOM', genre: 'ROCK', first: 2, offset: 2 }, { count: true });
    expect(filtered.edges).toHaveLength(1);
    expect(filtered).toMatchObject({ hasNextPage: false, totalCount: 3 });
    expect(['Alpha', 'Beta', 'Foxtrot']).toContain(filtered.edges[0]?.node.title);
    const first = await albums.list({ sort: 'RANDOM', first: 1 }, { count: false });
    await expect(albums.list({ sort: 'RANDOM', after: first.endCursor }, { count: false })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
  });

  it('refuses offsets out of range or together with a cursor, on every list', async () => {
    const cursor = (await search.list({ first: 1 })).endCursor;
    const lists = [
      (args: { offset?: number; after?: string | null }) => search.list(args),
      (args: { offset?: number; after?: string | null }) => albums.list(args, { count: false }),
      (args: { offset?: number; after?: string | null }) => artists.list(args, { count: false }),
    ];
    for (const list of lists) {
      for (const offset of [-1, 100_001, 2_147_483_647, 1.5]) {
        await expect(list({ offset })).rejects.toMatchObject({
          extensions: { code: 'BAD_USER_INPUT', field: 'offset' },
        });
      }
      // Even a zero offset: the two ways of saying where a page starts do not mix.
      await expect(list({ offset: 0, after: cursor })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'offset' },
      });
    }
  });

  it('picks random songs: distinct, of a genre ignoring case and of years, first 1 to 500', async () => {
    // Seeking from random points, as on a large library (a span above 4 seqs), and shuffling them all.
    for (const random of [
      createRandomSongs(database.db, { shuffleEverySongUpTo: 4 }),
      createRandomSongs(database.db),
    ]) {
      const some = await random.pick({ first: 5 });
      expect(some).toHaveLength(5);
      expect(new Set(some.map((song) => song.id)).size).toBe(5);
      // More than there are: every song once.
      const every = await random.pick({ first: 500 });
      expect(every).toHaveLength(14);
      expect(new Set(every.map((song) => song.id)).size).toBe(14);
      expect(await random.pick({})).toHaveLength(10);

      const rock = await random.pick({ first: 50, genre: ' rOCK ' });
      expect(rock.map((song) => song.album).toSorted()).toEqual([
        'Alpha',
        'Alpha',
        'Beta',
        'Beta',
        'Foxtrot',
        'Foxtrot',
      ]);
      const years = await random.pick({ first: 50, fromYear: 1995, toYear: 2000 });
      expect(years.map((song) => song.release_year).toSorted()).toEqual([1995, 1995, 1995, 1995, 2000, 2000]);
      // Either way round, or one end alone; no year matches no range.
      expect(await random.pick({ first: 50, fromYear: 2000, toYear: 1995 })).toHaveLength(6);
      expect(await random.pick({ first: 50, fromYear: 2001 })).toHaveLength(2);
      expect(await random.pick({ first: 50, toYear: 1990, genre: 'jazz' })).toHaveLength(1);
      expect(await random.pick({ genre: 'Polka' })).toEqual([]);

      for (const first of [0, -1, 501, 2_147_483_647]) {
        await expect(random.pick({ first })).rejects.toMatchObject({
          extensions: { code: 'BAD_USER_INPUT', field: 'first' },
        });
      }
    }
    const orders = new Set<string>();
    const seeking = createRandomSongs(database.db, { shuffleEverySongUpTo: 4 });
    for (let request = 0; request < 20; request++) {
      orders.add((await seeking.pick({ first: 14 })).map((song) => song.id).join());
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('counts songs and albums per genre, spelt and sorted as genres lists them', async () => {
    const songs = createSongsRepository(database.db);
    const summaries = await songs.genreSummaries();
    expect(summaries.map((genre) => genre.name)).toEqual(await songs.genres());
    expect(summaries).toEqual([
      { name: 'Jazz', songCount: 5, albumCount: 3 },
      { name: 'Pop', songCount: 2, albumCount: 1 },
      { name: 'Rock', songCount: 6, albumCount: 3 },
    ]);
  });
});
