import { randomUUID } from 'node:crypto';
import {
  collapseSongEvents,
  createSongFeedFollower,
  type Database,
  type Logger,
  type SongFeedEvent,
  type SongFeedEventJson,
  SongFeedUnavailableError,
  songFeedPage,
} from '@sp0t1fy/platform';
import { captureLogs, testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PlaybackDatabase } from '../src/database.js';
import { createSongReplica } from '../src/providers/song-replica.js';
import { openPlaybackDatabase, silentLogger } from './support/database.js';
import { type FeedServer, startFeedServer } from './support/feed-server.js';

const song = (songId: string, title: string, extra: Partial<Omit<SongFeedEventJson, 'seq'>> = {}) => ({
  type: 'created' as const,
  songId,
  title,
  artist: `${title} artist`,
  album: `${title} album`,
  durationSeconds: 180,
  albumId: null,
  artistIds: [],
  ...extra,
});

describe('collapsing a batch of song events', () => {
  const at = new Date('2026-01-01T00:00:00Z');
  const event = (seq: number, type: SongFeedEvent['type'], fields: Partial<SongFeedEvent> = {}): SongFeedEvent => ({
    seq,
    type,
    songId: 'a',
    title: 'One',
    artist: 'X',
    album: 'Album',
    durationSeconds: 10,
    albumId: null,
    artistIds: [],
    occurredAt: at,
    ...fields,
  });

  it('keeps the last description, a removed album, and a deletion as final', () => {
    const [change] = collapseSongEvents([
      event(1, 'created'),
      event(2, 'updated', { title: 'Two', album: null }),
      event(3, 'deleted', { title: 'Two', album: null }),
      event(4, 'updated', { title: 'After', occurredAt: new Date('2026-02-01T00:00:00Z') }),
    ]);
    expect(change).toMatchObject({ seq: 4, title: 'After', deletedAt: at });
  });

  it('records a song first seen deleted with the details it had', () => {
    const { type: _type, occurredAt: _occurredAt, ...details } = event(7, 'deleted');
    expect(collapseSongEvents([event(7, 'deleted')])).toEqual([{ ...details, deletedAt: at }]);
  });
});

describe.each(await testBackends())('following the song feed ($name)', (backend) => {
  let database: Database<PlaybackDatabase>;
  let feed: FeedServer;
  const followers: Array<{ stop(): Promise<void> }> = [];

  beforeAll(async () => {
    database = await openPlaybackDatabase(backend);
  });
  afterAll(() => database?.close());
  beforeEach(async () => {
    feed = await startFeedServer();
    await database.db.deleteFrom('known_songs').execute();
    await database.db.updateTable('song_feed_cursor').set({ last_seq: 0 }).execute();
  });
  afterEach(async () => {
    for (const follower of followers.splice(0)) await follower.stop();
    await feed.close();
  });

  const follow = (
    options: { pageSize?: number; pollMs?: number; logger?: Logger; onApplied?: () => Promise<void> } = {},
  ) => {
    const replica = createSongReplica(database.db);
    const follower = createSongFeedFollower({
      catalogUrl: feed.url,
      pollMs: options.pollMs ?? 60_000,
      replica,
      logger: options.logger ?? silentLogger,
      pageSize: options.pageSize ?? 500,
      requestTimeoutMs: 2_000,
      onApplied: options.onApplied,
    });
    followers.push(follower);
    return { follower, replica };
  };
  const knownSongs = () => database.db.selectFrom('known_songs').selectAll().orderBy('last_seq').execute();

  it('pages through the whole feed and stores the cursor with the songs', async () => {
    const ids = Array.from({ length: 25 }, () => randomUUID());
    feed.add(...ids.map((id, index) => song(id, `Song ${index}`)));
    let notified = 0;
    const { follower, replica } = follow({
      pageSize: 10,
      onApplied: async () => {
        notified++;
      },
    });

    expect(await follower.sync()).toEqual({ applied: 25, cursor: 25 });
    expect(feed.requests.map((request) => request.after)).toEqual([0, 10, 20]);
    expect(feed.requests.every((request) => request.limit === 10)).toBe(true);
    expect(await replica.cursor()).toBe(25);
    expect((await knownSongs()).map((row) => row.title)).toEqual(ids.map((_, index) => `Song ${index}`));
    expect(notified).toBe(1);

    // Polling an idle feed asks the catalog, not the database.
    const statements = database.stats.statements;
    expect(await follower.sync()).toEqual({ applied: 0, cursor: 25 });
    expect(database.stats.statements).toBe(statements);
    expect(notified).toBe(1);
  });

  it('applies updates and deletions, and never lets an older event overwrite a newer one', async () => {
    const [kept, removed, renamed] = [randomUUID(), randomUUID(), randomUUID()];
    feed.add(song(kept, 'Kept'), song(removed, 'Removed'), song(renamed, 'Old name'));
    const { follower, replica } = follow();
    await follower.sync();
    feed.add(
      song(renamed, 'New name', { type: 'updated', album: null }),
      song(removed, 'Removed', { type: 'deleted' }),
    );
    await follower.sync();

    expect(await replica.find(renamed)).toMatchObject({
      title: 'New name',
      album: null,
      deleted_at: null,
      last_seq: 4,
    });
    expect(await replica.find(removed)).toMatchObject({ title: 'Removed', artist: 'Removed artist' });
    expect((await replica.find(removed))?.deleted_at).toBeInstanceOf(Date);
    expect(await replica.find(kept)).toMatchObject({ title: 'Kept', deleted_at: null });

    // Replaying the whole feed (another instance, a retried page) changes nothing.
    const replayed = await replica.apply(songFeedPage.parse({ events: feed.events }).events);
    expect(replayed).toEqual({ applied: 0, cursor: 5 });
    expect(await replica.find(renamed)).toMatchObject({ title: 'New name', last_seq: 4 });
    expect((await replica.find(removed))?.deleted_at).toBeInstanceOf(Date);
  });

  it('lets several followers share one database without applying anything twice', async () => {
    const ids = Array.from({ length: 60 }, () => randomUUID());
    feed.add(...ids.map((id, index) => song(id, `Song ${index}`)));
    feed.add(...ids.slice(0, 20).map((id, index) => song(id, `Renamed ${index}`, { type: 'updated' })));
    const instances = [follow({ pageSize: 7 }), follow({ pageSize: 11 }), follow({ pageSize: 500 })];

    const results = await Promise.all(instances.map(({ follower }) => follower.sync()));

    expect(results.reduce((sum, result) => sum + result.applied, 0)).toBe(80);
    expect(await instances[0]!.replica.cursor()).toBe(80);
    const rows = await knownSongs();
    expect(rows).toHaveLength(60);
    const titles = new Map(rows.map((row) => [row.song_id, row.title]));
    ids.forEach((id, index) => {
      expect(titles.get(id)).toBe(index < 20 ? `Renamed ${index}` : `Song ${index}`);
    });
  });

  it('catches up from its cursor after a restart', async () => {
    const first = randomUUID();
    feed.add(song(first, 'Before the restart'));
    const before = follow();
    await before.follower.sync();
    await before.follower.stop();

    const later = [randomUUID(), randomUUID()];
    feed.add(song(later[0]!, 'While down'), song(later[1]!, 'Also while down'));
    feed.requests.length = 0;
    const after = follow({ pollMs: 60_000 });
    after.follower.start();
    await expect.poll(() => after.replica.find(later[1]!), { timeout: 10_000 }).toBeTruthy();

    expect(feed.requests[0]?.after).toBe(1);
    expect((await knownSongs()).map((row) => row.title)).toEqual([
      'Before the restart',
      'While down',
      'Also while down',
    ]);
  });

  it('fails clearly while the catalog is down or answers nonsense, and keeps what it had', async () => {
    const id = randomUUID();
    feed.add(song(id, 'Known'));
    const { follower, replica } = follow();
    await follower.sync();

    feed.add(song(randomUUID(), 'Unseen'));
    feed.setDown(true);
    await expect(follower.sync()).rejects.toBeInstanceOf(SongFeedUnavailableError);
    feed.setDown(false);
    feed.respondWith(() => ({ events: [{ seq: 'two', songId: 'not a uuid' }] }));
    await expect(follower.sync()).rejects.toThrow(/unexpected page/);
    expect(await replica.cursor()).toBe(1);
    expect(await replica.find(id)).toMatchObject({ title: 'Known' });

    feed.respondWith(null);
    expect(await follower.sync()).toEqual({ applied: 1, cursor: 2 });
  });

  it('logs a page with one malformed event, applies none of it, and asks again at the next poll', async () => {
    const [good, bare] = [randomUUID(), randomUUID()];
    feed.add(song(good, 'Good'));
    // A deletion without the song's details breaks the contract, so the whole page is refused.
    feed.respondWith((page) => {
      const { events } = page as { events: unknown[] };
      return { events: [...events, { seq: 2, type: 'deleted', songId: bare, occurredAt: new Date().toISOString() }] };
    });
    const logs = captureLogs('warn');
    const { follower, replica } = follow({ pollMs: 20, logger: logs.logger });
    follower.start();

    await expect.poll(() => feed.requests.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    expect(feed.requests.every((request) => request.after === 0)).toBe(true);
    expect(await replica.cursor()).toBe(0);
    expect(await knownSongs()).toEqual([]);
    // Logged once while it lasts, naming what was wrong.
    expect(logs.lines).toHaveLength(1);
    expect(logs.lines[0]).toMatchObject({ msg: "cannot follow the catalog's song feed yet; retrying" });
    expect(logs.lines[0]!.reason).toMatch(/unexpected page[\s\S]*title/);

    feed.respondWith(null);
    await expect.poll(() => replica.find(good), { timeout: 10_000 }).toMatchObject({ title: 'Good' });
    expect(await replica.cursor()).toBe(1);
  });

  it('answers a sync asked for during another with a sync that starts after the first', async () => {
    const { follower, replica } = follow();
    const late = randomUUID();
    // The song is committed while the first sync's page is already on its way back without it.
    feed.respondWith((page) => {
      feed.add(song(late, 'Committed during the first sync'));
      feed.respondWith(null);
      return page;
    });
    const [first, asked, alsoAsked] = await Promise.all([follower.sync(), follower.sync(), follower.sync()]);
    expect(first.applied).toBe(0);
    expect(asked).toEqual({ applied: 1, cursor: 1 });
    expect(alsoAsked).toBe(asked);
    expect(await replica.find(late)).toMatchObject({ title: 'Committed during the first sync' });
  });
});
