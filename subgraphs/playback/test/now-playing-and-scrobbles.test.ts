import { randomUUID } from 'node:crypto';
import { createCache, type Database } from '@sp0t1fy/platform';
import { testBackends, uniqueNamespace } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnownSong, PlaybackDatabase } from '../src/database.js';
import { createListeningHistory } from '../src/providers/history.js';
import { createNowPlaying, WEB_PLAYER_NAME } from '../src/providers/now-playing.js';
import { readPlayEvents } from '../src/providers/play-feed.js';
import { createPlayStats } from '../src/providers/play-stats.js';
import { createPlaybackRecorder } from '../src/providers/recorder.js';
import { createScrobbles } from '../src/providers/scrobbles.js';
import { openPlaybackDatabase, silentLogger } from './support/database.js';

describe.each(await testBackends())('now playing and scrobbles ($name)', (backend) => {
  let database: Database<PlaybackDatabase>;
  let providers: ReturnType<typeof build>;
  let seq = 0;

  const build = (db: Database<PlaybackDatabase>['db']) => {
    const cache = createCache({ keyPrefix: `${uniqueNamespace()}:`, logger: silentLogger });
    const playStats = createPlayStats(db, cache);
    return {
      playStats,
      recorder: createPlaybackRecorder(db, playStats),
      scrobbles: createScrobbles(db, playStats),
      nowPlaying: createNowPlaying(db),
      history: createListeningHistory(db),
    };
  };

  beforeAll(async () => {
    database = await openPlaybackDatabase(backend);
    providers = build(database.db);
  });
  afterAll(() => database?.close());

  async function knownSong(durationSeconds: number | null = 200): Promise<KnownSong> {
    const row = {
      song_id: randomUUID(),
      title: 'A song',
      artist: 'An artist',
      album: null,
      duration_seconds: durationSeconds,
      deleted_at: null,
      last_seq: ++seq,
    };
    await database.db.insertInto('known_songs').values(row).execute();
    return row;
  }

  const nowPlayingOf = async (userId: string, at?: Date) =>
    (await providers.nowPlaying.list(at)).filter((row) => row.user_id === userId);

  it('counts a scrobble as one play at its time, in history, totals, the song count and the play feed', async () => {
    const userId = randomUUID();
    const song = await knownSong();
    const playedAt = new Date(Date.now() - 3_600_000);
    const feedBefore = await readPlayEvents(database.db, 0, 100_000);

    const event = await providers.scrobbles.record({ userId, song, playedAt });
    expect(event).toMatchObject({ user_id: userId, song_id: song.song_id, action: 'PLAY', counts_as_play: true });
    expect(event.occurred_at.getTime()).toBe(playedAt.getTime());

    const { events } = await providers.history.page(userId, null, 10);
    expect(events.map((row) => row.id)).toEqual([event.id]);
    expect(await providers.history.totals([userId])).toEqual([
      expect.objectContaining({ playCount: 1, eventCount: 1 }),
    ]);
    expect(await providers.playStats.userPlayCounts(userId, [song.song_id])).toEqual([1]);
    const stats = await providers.playStats.createSongStatsLoader().load(song.song_id);
    expect(stats.playCount).toBe(1);
    expect(stats.lastPlayedAt?.getTime()).toBe(playedAt.getTime());
    const feedAfter = await readPlayEvents(database.db, feedBefore.at(-1)?.seq ?? 0, 100);
    expect(feedAfter).toEqual([{ seq: event.id, songId: song.song_id }]);
    // It says nothing about what is playing now.
    expect(await nowPlayingOf(userId)).toEqual([]);
  });

  it('records the same scrobble once, sent again or twice at once; another time is another play', async () => {
    const userId = randomUUID();
    const song = await knownSong();
    const playedAt = new Date(Date.now() - 60_000);

    const first = await providers.scrobbles.record({ userId, song, playedAt });
    const again = await Promise.all([
      providers.scrobbles.record({ userId, song, playedAt }),
      providers.scrobbles.record({ userId, song, playedAt: new Date(playedAt) }),
    ]);
    expect(again.map((event) => event.id)).toEqual([first.id, first.id]);
    expect(await providers.playStats.userPlayCounts(userId, [song.song_id])).toEqual([1]);

    // Another listener scrobbling the same song at the same moment is their own play.
    await providers.scrobbles.record({ userId: randomUUID(), song, playedAt });
    await providers.scrobbles.record({ userId, song, playedAt: new Date(playedAt.getTime() + 1) });
    expect(await providers.playStats.userPlayCounts(userId, [song.song_id])).toEqual([2]);
    expect((await providers.playStats.createSongStatsLoader().load(song.song_id)).playCount).toBe(3);
  });

  it('follows the web player: PLAY and RESUME show the song, PAUSE, STOP and COMPLETE end it', async () => {
    const userId = randomUUID();
    const song = await knownSong(200);
    const record = (action: 'PLAY' | 'PAUSE' | 'RESUME' | 'SEEK' | 'STOP' | 'COMPLETE', positionSeconds: number) =>
      providers.recorder.record({ userId, song, action, positionSeconds });

    const before = Date.now();
    await record('PLAY', 30);
    const [playing] = await nowPlayingOf(userId);
    expect(playing).toMatchObject({ song_id: song.song_id, player_name: WEB_PLAYER_NAME });
    // Started as if from the beginning, so it ends when the song would.
    expect(playing!.started_at.getTime()).toBeLessThanOrEqual(Date.now() - 30_000);
    expect(playing!.started_at.getTime()).toBeGreaterThanOrEqual(before - 30_000);

    await record('PAUSE', 40);
    expect(await nowPlayingOf(userId)).toEqual([]);
    await record('RESUME', 40);
    expect(await nowPlayingOf(userId)).toHaveLength(1);
    await record('STOP', 50);
    expect(await nowPlayingOf(userId)).toEqual([]);
    await record('PLAY', 0);
    await record('COMPLETE', 200);
    expect(await nowPlayingOf(userId)).toEqual([]);
  });

  it('keeps one row per user, from any player, until the song would have ended', async () => {
    const userId = randomUUID();
    const [first, second] = [await knownSong(200), await knownSong(100)];
    const startedAt = new Date();
    await providers.nowPlaying.report({
      user_id: userId,
      song_id: first.song_id,
      player_name: 'DSub',
      started_at: startedAt,
    });
    await providers.nowPlaying.report({
      user_id: userId,
      song_id: second.song_id,
      player_name: 'Symfonium',
      started_at: startedAt,
    });
    expect(await nowPlayingOf(userId)).toEqual([
      { user_id: userId, song_id: second.song_id, player_name: 'Symfonium', started_at: startedAt },
    ]);
    // The second song lasts 100 seconds: listed at 99, gone at 101.
    expect(await nowPlayingOf(userId, new Date(startedAt.getTime() + 99_000))).toHaveLength(1);
    expect(await nowPlayingOf(userId, new Date(startedAt.getTime() + 101_000))).toEqual([]);

    // A song whose duration the feed did not give stays listed up to a day.
    const unknownLength = await knownSong(null);
    await providers.nowPlaying.report({
      user_id: userId,
      song_id: unknownLength.song_id,
      player_name: null,
      started_at: startedAt,
    });
    expect(await nowPlayingOf(userId, new Date(startedAt.getTime() + 3_600_000))).toHaveLength(1);

    // A song removed from the library is left out.
    await database.db
      .updateTable('known_songs')
      .set({ deleted_at: new Date() })
      .where('song_id', '=', unknownLength.song_id)
      .execute();
    expect(await nowPlayingOf(userId)).toEqual([]);
  });

  it('lists every listener, latest start first', async () => {
    const song = await knownSong(300);
    const [earlier, later] = [randomUUID(), randomUUID()];
    const now = Date.now();
    await providers.nowPlaying.report({
      user_id: later,
      song_id: song.song_id,
      player_name: null,
      started_at: new Date(now - 1_000),
    });
    await providers.nowPlaying.report({
      user_id: earlier,
      song_id: song.song_id,
      player_name: null,
      started_at: new Date(now - 5_000),
    });
    const listed = (await providers.nowPlaying.list())
      .map((row) => row.user_id)
      .filter((id) => id === earlier || id === later);
    expect(listed).toEqual([later, earlier]);
  });
});
