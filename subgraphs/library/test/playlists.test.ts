import type { Database } from '@sp0t1fy/platform';
import { testBackends } from '@sp0t1fy/platform/testing';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryDatabase } from '../src/database.js';
import { PLAYLIST_LIMITS } from '../src/providers/limits.js';
import { createPlaylistEntries } from '../src/providers/playlist-entries.js';
import { createPlaylists } from '../src/providers/playlists.js';
import { createSongReplica } from '../src/providers/song-replica.js';
import { openLibraryDatabase } from './support/database.js';
import { feedEvents, newId } from './support/songs.js';

/** The code of the GraphQL error `promise` rejects with. */
async function codeOf(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return (error as GraphQLError).extensions.code;
}

describe.each(await testBackends())('playlists and their positions ($name)', (backend) => {
  let database: Database<LibraryDatabase>;
  let playlists: ReturnType<typeof createPlaylists>;
  let entries: ReturnType<typeof createPlaylistEntries>;
  const songs = Array.from({ length: 5 }, () => newId());
  const owner = newId();
  const stranger = newId();
  const as = (actorId: string, expectedVersion?: number) => ({ actorId, expectedVersion });
  const order = async (playlistId: string) =>
    (await entries.all(playlistId)).map((entry) => [entry.position, songs.indexOf(entry.song_id)]);

  beforeAll(async () => {
    database = await openLibraryDatabase(backend);
    playlists = createPlaylists(database.db);
    entries = createPlaylistEntries(database.db);
    const feed = feedEvents();
    await createSongReplica(database.db).apply(
      songs.map((songId, index) => feed.event('created', { songId, title: `Song ${index}`, durationSeconds: 10 })),
    );
  });
  afterAll(() => database?.close());

  it('inserts at a place, moves either way and closes up after removals, positions always 0..n-1', async () => {
    const playlist = await playlists.create(
      owner,
      { name: 'Order', description: null, public: false },
      songs.slice(0, 3),
    );
    await playlists.add(playlist.id, as(owner), [songs[3] as string, songs[3] as string], 1);
    expect(await order(playlist.id)).toEqual([
      [0, 0],
      [1, 3],
      [2, 3],
      [3, 1],
      [4, 2],
    ]);
    const [first, , , , last] = await entries.all(playlist.id);
    await playlists.move(playlist.id, as(owner), first?.id as string, 4);
    await playlists.move(playlist.id, as(owner), last?.id as string, 0);
    expect((await order(playlist.id)).map(([, song]) => song)).toEqual([2, 3, 3, 1, 0]);
    const updated = await playlists.remove(playlist.id, as(owner), [first?.id as string, last?.id as string]);
    expect((await order(playlist.id)).map(([position]) => position)).toEqual([0, 1, 2]);
    expect(updated.version).toBe(5);
    expect(await playlists.stats([playlist.id, newId()])).toEqual([
      { songCount: 3, durationSeconds: 30 },
      { songCount: 0, durationSeconds: 0 },
    ]);
  });

  it('refuses writes by others, stale versions and places that do not exist, changing nothing', async () => {
    const mine = await playlists.create(owner, { name: 'Mine', description: null, public: false }, songs.slice(0, 2));
    const shared = await playlists.create(owner, { name: 'Shared', description: null, public: true });
    const [entry] = await entries.all(mine.id);
    expect(await codeOf(playlists.add(mine.id, as(stranger), songs.slice(0, 1)))).toBe('NOT_FOUND');
    expect(await codeOf(playlists.add(shared.id, as(stranger), songs.slice(0, 1)))).toBe('FORBIDDEN');
    expect(await codeOf(playlists.delete(shared.id, as(stranger)))).toBe('FORBIDDEN');
    expect(await codeOf(playlists.add(mine.id, as(owner, 7), songs.slice(0, 1)))).toBe('CONFLICT');
    expect(await codeOf(playlists.add(mine.id, as(owner), songs.slice(0, 1), 3))).toBe('BAD_USER_INPUT');
    expect(await codeOf(playlists.move(mine.id, as(owner), entry?.id as string, 2))).toBe('BAD_USER_INPUT');
    expect(await codeOf(playlists.remove(mine.id, as(owner), [entry?.id as string, newId()]))).toBe('NOT_FOUND');
    expect(await playlists.find(mine.id)).toMatchObject({ version: 1 });
    expect(await order(mine.id)).toEqual([
      [0, 0],
      [1, 1],
    ]);
    await playlists.delete(mine.id, as(owner, 1));
    expect(await playlists.find(mine.id)).toBeUndefined();
    expect(await entries.all(mine.id)).toEqual([]);
  });

  it('holds at most 10,000 entries', async () => {
    const full = Array.from({ length: PLAYLIST_LIMITS.entries }, (_, index) => songs[index % songs.length] as string);
    const playlist = await playlists.create(owner, { name: 'Full', description: null, public: false }, full);
    expect(await codeOf(playlists.add(playlist.id, as(owner), songs.slice(0, 1)))).toBe('BAD_USER_INPUT');
    expect((await playlists.stats([playlist.id]))[0]?.songCount).toBe(PLAYLIST_LIMITS.entries);
  });

  it('serialises concurrent writes to one playlist: none loses or duplicates an entry', async () => {
    const playlist = await playlists.create(owner, { name: 'Race', description: null, public: false }, [
      ...songs,
      ...songs,
    ]);
    const start = await entries.all(playlist.id);
    const writes = [
      ...start.map((entry, index) => playlists.move(playlist.id, as(owner), entry.id, (index * 3) % start.length)),
      ...songs.map((songId, index) => playlists.add(playlist.id, as(owner), [songId], index % 2 === 0 ? 0 : null)),
    ];
    await Promise.all(writes);
    const final = await entries.all(playlist.id);
    expect(final.map((entry) => entry.position)).toEqual(final.map((_, index) => index));
    expect(final.map((entry) => entry.song_id).sort()).toEqual([...songs, ...songs, ...songs].sort());
    expect(await playlists.find(playlist.id)).toMatchObject({ version: 1 + writes.length });
  });
});
