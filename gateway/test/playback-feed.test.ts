import { testBackends } from '@sp0t1fy/platform/testing';
import { loadPlaybackConfig, type RunningPlaybackService, startPlaybackService } from '@sp0t1fy/playback';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from './support/client.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';

const RECORD = /* GraphQL */ `
  mutation Record($songId: ID!, $action: PlaybackAction!) {
    recordPlayback(songId: $songId, action: $action, positionSeconds: 0) { songTitle song { title playCount } }
  }
`;

/** The same playback service again, on its port and database, as after a restart. */
function restart(previous: RunningPlaybackService, catalogUrl: string): Promise<RunningPlaybackService> {
  const { settings } = previous.runtime;
  return startPlaybackService(
    loadPlaybackConfig({
      NODE_ENV: settings.NODE_ENV,
      LOG_LEVEL: settings.LOG_LEVEL,
      LOG_FORMAT: settings.LOG_FORMAT,
      DATA_DIR: settings.DATA_DIR,
      HOST: settings.HOST,
      REDIS_URL: settings.REDIS_URL,
      CACHE_NAMESPACE: settings.CACHE_NAMESPACE,
      JWT_SECRET: settings.JWT_SECRET,
      PLAYBACK_PORT: String(new URL(previous.url).port),
      PLAYBACK_DATABASE_URL: settings.databaseUrl,
      USERS_URL: settings.usersUrl,
      CATALOG_URL: catalogUrl,
    }),
  );
}

/** Playback follows the real catalog's song feed: across its own restart and the catalog's outage. */
describe.each(await testBackends())('playback following the catalog ($name)', (backend) => {
  let stack: TestStack;
  let uploader: SeededUser;
  let listener: SeededUser;
  /** Playback instances this suite started; the stack closes only the first. */
  const restarted: RunningPlaybackService[] = [];
  const current = () => restarted.at(-1) ?? (stack.services.playback as RunningPlaybackService);
  /** Stops playback, does `whileDown`, and starts it again. */
  async function restartPlayback(whileDown: () => Promise<unknown>) {
    const previous = current();
    await previous.close();
    await whileDown();
    restarted.push(await restart(previous, stack.services.catalog!.url));
  }

  beforeAll(async () => {
    // Polling only at start: whatever playback learns later comes from asking the feed on demand.
    stack = await startStack(backend, { layout: 'separate', env: { SONG_FEED_POLL_MS: '3600000' } });
    [uploader, listener] = await Promise.all([seed(stack.client).user(), seed(stack.client).user()]);
  });
  afterAll(async () => {
    for (const instance of restarted) await instance.close();
    await stack?.close();
  });

  it('plays a song uploaded a moment ago by asking the feed before refusing', async () => {
    const fresh = await seed(stack.client).song(uploader, 'cbr-no-info-tag.mp3', { title: 'Fresh' });
    expect(await current().providers.songs.find(fresh.id)).toBeUndefined();
    const recorded = await listener.client.request(RECORD, { songId: fresh.id, action: 'PLAY' });
    expect(recorded.data).toEqual({ recordPlayback: { songTitle: 'Fresh', song: { title: 'Fresh', playCount: 1 } } });
  });

  it('catches up on songs added while it was down, from where it stopped', async () => {
    const before = await seed(stack.client).song(uploader, 'cbr-no-info-tag.mp3', { title: 'Before' });
    expect((await listener.client.request(RECORD, { songId: before.id, action: 'PLAY' })).errors).toBeUndefined();

    let whileDown = before;
    await restartPlayback(async () => {
      whileDown = await seed(stack.client).song(uploader, 'mpeg25-8khz.mp3', { title: 'While down' });
    });

    // Nobody asks for the song: the follower's catch-up on start brings it.
    await expect
      .poll(() => current().providers.songs.find(whileDown.id), { timeout: 20_000 })
      .toMatchObject({
        title: 'While down',
        deleted_at: null,
      });
    const recorded = await listener.client.request(RECORD, { songId: whileDown.id, action: 'PLAY' });
    expect(recorded.data).toEqual({
      recordPlayback: { songTitle: 'While down', song: { title: 'While down', playCount: 1 } },
    });
    // What it knew before the restart is still there, with its plays.
    const old = await listener.client.request(RECORD, { songId: before.id, action: 'STOP' });
    expect(old.data).toEqual({ recordPlayback: { songTitle: 'Before', song: { title: 'Before', playCount: 1 } } });
  });

  it('records known songs while the catalog is down, and says why it cannot check a new one', async () => {
    const known = await seed(stack.client).song(uploader, 'id3v1-only.mp3', { title: 'Known' });
    expect((await listener.client.request(RECORD, { songId: known.id, action: 'PLAY' })).errors).toBeUndefined();
    // Playback is down while a song is added, and the catalog is down when playback comes back.
    let unseen = known;
    await restartPlayback(async () => {
      unseen = await seed(stack.client).song(uploader, 'tone-vbr-mono.mp3', { title: 'Unseen' });
      await stack.services.catalog!.close();
    });

    const ok = await listener.client.request<{ recordPlayback: { songTitle: string } }>(RECORD, {
      songId: known.id,
      action: 'STOP',
    });
    // Recorded by playback; only the catalog's part of the answer (the song's title) is missing.
    expect(ok.errors?.map((error) => [error.extensions?.code, error.extensions?.serviceName])).toEqual([
      ['SERVICE_UNAVAILABLE', 'catalog'],
    ]);
    expect(ok.data?.recordPlayback.songTitle).toBe('Known');
    const unavailable = await listener.client.request(RECORD, { songId: unseen.id, action: 'PLAY' });
    expect(errorCodes(unavailable)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(unavailable.errors?.[0]?.message).toMatch(/catalog cannot be reached/);
  });
});
