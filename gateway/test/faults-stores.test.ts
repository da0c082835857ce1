import { uniqueNamespace } from '@sp0t1fy/platform/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, errorCodes, type GraphQLClient, type GraphQLResponse } from './support/client.js';
import { type RestartableServer, startPostgresServer, startRedisServer } from './support/fault-servers.js';
import { LEAKED_INTERNALS } from './support/http.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import type { SongFields } from './support/uploads.js';

/**
 * The stores fail under a running stack. These are a PostgreSQL cluster and a redis-server of this
 * file's own (the machine's shared ones serve every other suite and are never stopped).
 */

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const LIBRARY = '{ songs(first: 10) { totalCount edges { node { id title } } } genres }';
const STATS = 'query ($id: ID!) { song(id: $id) { id title playCount } topSongs(first: 5) { id } }';
const RECORD = /* GraphQL */ `
  mutation ($songId: ID!, $action: PlaybackAction!, $at: Float) {
    recordPlayback(songId: $songId, action: $action, positionSeconds: $at) { id }
  }
`;

/** A full listen as the player reports it: PLAY then STOP, so the next PLAY counts again. */
async function listen(client: GraphQLClient, songId: string) {
  for (const action of ['PLAY', 'STOP']) {
    const response = await client.request(RECORD, { songId, action, at: action === 'PLAY' ? 0 : 3 });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  }
}

/** Never a 5xx, never internals: whatever failed behind the gateway. */
function expectNoServerError(response: GraphQLResponse) {
  expect(response.status).toBeLessThan(500);
  expect(JSON.stringify(response)).not.toMatch(LEAKED_INTERNALS);
}

/** Retries `request` until `done` holds: services reconnect on their own schedule after a store returns. */
async function eventually<T extends GraphQLResponse>(request: () => Promise<T>, done: (response: T) => boolean) {
  let last: T | undefined;
  for (let attempt = 0; attempt < 100; attempt++) {
    last = await request();
    expectNoServerError(last);
    if (done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`never recovered: ${JSON.stringify(last)}`);
}

describe('PostgreSQL and Redis failing under a running stack', () => {
  let postgres: RestartableServer;
  let redis: RestartableServer;
  let stack: TestStack;
  let user: SeededUser;
  let song: SongFields;
  const namespace = uniqueNamespace();
  const redisKeys = async (pattern: string) => {
    const client = new Redis(redis.url);
    try {
      return await client.keys(`${namespace}:${pattern}`);
    } finally {
      client.disconnect();
    }
  };

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startPostgresServer(), startRedisServer()]);
    stack = await startStack(
      { name: 'postgres+redis', postgresUrl: postgres.url, redisUrl: redis.url },
      { env: { CACHE_NAMESPACE: namespace } },
    );
    user = await seed(stack.client).user();
    song = await seed(stack.client).song(user);
    await listen(user.client, song.id);
  });
  afterAll(async () => {
    await stack?.close();
    await Promise.all([postgres?.destroy(), redis?.destroy()]);
  });

  it('PostgreSQL restarted mid-run: no 5xx while it is down, and every service answers once it is back', async () => {
    await postgres.stop();
    const during = [
      await stack.client.request(LOGIN, { email: user.email, password: user.password }),
      await user.client.request(LIBRARY),
      await user.client.request(STATS, { id: song.id }),
      await user.client.request(RECORD, { songId: song.id, action: 'PLAY', at: 1 }),
    ];
    for (const response of during) {
      expectNoServerError(response);
      expect(response.errors?.length).toBeGreaterThan(0);
    }
    expect((await fetch(`${stack.gatewayUrl}/health`)).status).toBe(200);
    const usersReady = await fetch(`${stack.services.users?.url}/ready`);
    expect(usersReady.status).toBe(503);

    await postgres.start();
    // The pools dropped their dead connections; the first request after the restart opens new ones.
    const login = await stack.client.request<{ login: { token: string } }>(LOGIN, {
      email: user.email,
      password: user.password,
    });
    expect(login.errors).toBeUndefined();
    const library = await user.client.request<{ songs: { totalCount: number } }>(LIBRARY);
    expect(library.errors).toBeUndefined();
    expect(library.data?.songs.totalCount).toBe(1);
    await listen(user.client, song.id);
    const stats = await user.client.request<{ song: { playCount: number } }>(STATS, { id: song.id });
    expect(stats.errors).toBeUndefined();
    expect(stats.data?.song.playCount).toBe(2);
    expect((await fetch(`${stack.services.users?.url}/ready`)).status).toBe(200);
  });

  it('Redis stopped mid-run: no 5xx, everything answers from PostgreSQL, sign-outs still hold', async () => {
    const signedOutBefore = await seed(stack.client).user();
    expect((await signedOutBefore.client.request('mutation { logout }')).errors).toBeUndefined();
    const before = await user.client.request<{ song: { playCount: number } }>(STATS, { id: song.id });
    expect(before.errors).toBeUndefined();
    expect(await redisKeys('playback:*')).not.toHaveLength(0);
    await redis.stop();

    // Signing up and in need only PostgreSQL (sign-in throttling counts in memory meanwhile).
    const newcomer = await seed(stack.client).user();
    const login = await stack.client.request<{ login: { token: string } }>(LOGIN, {
      email: user.email,
      password: user.password,
    });
    expectNoServerError(login);
    expect(login.data?.login.token).toBeTruthy();
    const secondSession = createClient(stack.gatewayUrl, login.data?.login.token);

    // The sign-out list's truth is the users service's database: the others ask it while Redis is down.
    for (const client of [user.client, newcomer.client, secondSession]) {
      for (const response of [await client.request('{ me { id } }'), await client.request(STATS, { id: song.id })]) {
        expectNoServerError(response);
        expect(response.errors).toBeUndefined();
      }
    }
    await listen(user.client, song.id);
    const signOutDuring = await secondSession.request('mutation { logout }');
    expect(signOutDuring.errors).toBeUndefined();
    for (const client of [signedOutBefore.client, secondSession]) {
      for (const response of [
        await client.request('{ me { id } }'),
        await client.request(STATS, { id: song.id }),
        await client.request(LIBRARY),
      ]) {
        expectNoServerError(response);
        expect(new Set(errorCodes(response))).toEqual(new Set(['UNAUTHENTICATED']));
      }
    }

    await redis.start();
    // The restarted Redis is empty: the sign-outs are copied back from PostgreSQL, and none lapses meanwhile.
    await eventually(
      () => user.client.request<{ song: { playCount: number } }>(STATS, { id: song.id }),
      (response) => response.errors === undefined,
    );
    await expect.poll(async () => (await redisKeys('auth:revoked:*')).length, { timeout: 20_000 }).toBe(2);
    for (const client of [signedOutBefore.client, secondSession]) {
      for (const response of [await client.request(STATS, { id: song.id }), await client.request(LIBRARY)]) {
        expect(new Set(errorCodes(response))).toEqual(new Set(['UNAUTHENTICATED']));
      }
    }

    // Caching resumed: the restarted (empty) Redis holds play stats again, and a new play shows at once.
    expect(await redisKeys('playback:*')).not.toHaveLength(0);
    await listen(user.client, song.id);
    const counted = await user.client.request<{ song: { playCount: number } }>(STATS, { id: song.id });
    expect(counted.data?.song.playCount).toBe((before.data?.song.playCount ?? 0) + 2);
  });
});
