import { testBackends } from '@sp0t1fy/platform/testing';
import { loadPlaybackConfig, type RunningPlaybackService, startPlaybackService } from '@sp0t1fy/playback';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig, type RunningGateway, startGateway } from '../src/gateway.js';
import { createClient, type GraphQLClient, type GraphQLResponse } from './support/client.js';
import { freePort, startHungServer } from './support/fault-servers.js';
import { LEAKED_INTERNALS } from './support/http.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import type { SongFields } from './support/uploads.js';

const WITHOUT_PLAYBACK = /* GraphQL */ `
  query ($id: ID!) { me { id displayName } song(id: $id) { id title uploadedBy { displayName } } }
`;
const WITH_PLAYBACK = /* GraphQL */ `
  query ($id: ID!) { me { id } song(id: $id) { id title lastPlayedAt } }
`;
const WITH_NON_NULL_PLAYBACK_FIELD = /* GraphQL */ `
  query ($id: ID!) { me { id } song(id: $id) { id title playCount } }
`;
const RECORD_PLAY = /* GraphQL */ `
  mutation ($songId: ID!) { recordPlayback(songId: $songId, action: PLAY, positionSeconds: 0) { id } }
`;

const HUNG_TIMEOUT_MS = 1_500;

function expectNamesService(response: GraphQLResponse, serviceName: string, code = 'SERVICE_UNAVAILABLE') {
  expect(response.status).toBe(200);
  expect(response.errors?.length, JSON.stringify(response)).toBeGreaterThan(0);
  for (const error of response.errors ?? []) {
    expect(error.extensions?.code).toBe(code);
    expect(error.extensions?.serviceName).toBe(serviceName);
    expect(error.message).toBe(
      code === 'GATEWAY_TIMEOUT'
        ? `The ${serviceName} service did not answer in time`
        : `The ${serviceName} service is unavailable`,
    );
  }
  expect(JSON.stringify(response)).not.toMatch(LEAKED_INTERNALS);
}

describe.each(await testBackends())('a subgraph down or hung ($name)', (backend) => {
  let stack: TestStack;
  let user: SeededUser;
  let song: SongFields;
  let playbackPort: number;
  /** A gateway started while playback was down, pointing where playback will come back. */
  let second: RunningGateway;
  let restarted: RunningPlaybackService | undefined;
  /** Subgraphs that accept connections and never answer, and gateways pointed at them. */
  let hung: Array<Awaited<ReturnType<typeof startHungServer>>> = [];
  let hungPlayback: RunningGateway;
  let hungCatalog: RunningGateway;
  const gateways = (): Array<[string, GraphQLClient]> => [
    ['the running gateway', stack.client.as(user.token)],
    ['a gateway started during the outage', createClient(second.url, user.token)],
  ];

  beforeAll(async () => {
    stack = await startStack(backend);
    user = await seed(stack.client).user();
    song = await seed(stack.client).song(user);
    expect((await user.client.request(RECORD_PLAY, { songId: song.id })).errors).toBeUndefined();

    await stack.services.playback?.close();
    playbackPort = await freePort();
    second = await startGateway(loadGatewayConfig({ ...stack.env, PLAYBACK_URL: `http://127.0.0.1:${playbackPort}` }));

    hung = await Promise.all([startHungServer(), startHungServer()]);
    const timeout = { SUBGRAPH_TIMEOUT_MS: String(HUNG_TIMEOUT_MS) };
    [hungPlayback, hungCatalog] = await Promise.all([
      startGateway(loadGatewayConfig({ ...stack.env, ...timeout, PLAYBACK_URL: hung[0]?.url as string })),
      startGateway(loadGatewayConfig({ ...stack.env, ...timeout, CATALOG_URL: hung[1]?.url as string })),
    ]);
  });
  afterAll(async () => {
    await Promise.all([hungPlayback?.close(), hungCatalog?.close(), ...hung.map((server) => server.close())]);
    await restarted?.close();
    await second?.close();
    await stack?.close();
  });

  it('answers every query that does not need the missing subgraph, in full', async () => {
    for (const [name, client] of gateways()) {
      const response = await client.request(WITHOUT_PLAYBACK, { id: song.id });
      expect(response.errors, name).toBeUndefined();
      expect(response.data, name).toEqual({
        me: { id: user.id, displayName: user.displayName },
        song: { id: song.id, title: song.title, uploadedBy: { displayName: user.displayName } },
      });
    }
  });

  it('answers partial data, with an error naming the missing service', async () => {
    for (const [name, client] of gateways()) {
      const partial = await client.request(WITH_PLAYBACK, { id: song.id });
      expect(partial.data, name).toEqual({
        me: { id: user.id },
        song: { id: song.id, title: song.title, lastPlayedAt: null },
      });
      expectNamesService(partial, 'playback');

      // A non-null field from the missing service nulls its nearest nullable parent; the rest still answers.
      const nonNull = await client.request(WITH_NON_NULL_PLAYBACK_FIELD, { id: song.id });
      expect(nonNull.data, name).toEqual({ me: { id: user.id }, song: null });
      expectNamesService(nonNull, 'playback');
    }
  });

  it('fails a mutation on the missing service with an error naming it, and keeps serving', async () => {
    for (const [, client] of gateways()) {
      const response = await client.request(RECORD_PLAY, { songId: song.id });
      expect(response.data).toBeNull();
      expectNamesService(response, 'playback');
    }
    const health = await fetch(`${second.url}/health`);
    expect(health.status).toBe(200);
  });

  it('serves the subgraph’s fields again as soon as it is back, without restarting the gateway', async () => {
    restarted = await startPlaybackService(loadPlaybackConfig({ ...stack.env, PLAYBACK_PORT: String(playbackPort) }));
    const client = createClient(second.url, user.token);
    const response = await client.request<{ song: { playCount: number; lastPlayedAt: string | null } }>(
      WITH_NON_NULL_PLAYBACK_FIELD.replace('playCount', 'playCount lastPlayedAt'),
      { id: song.id },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.song.playCount).toBe(1);
    expect(response.data?.song.lastPlayedAt).not.toBeNull();
    expect((await client.request(RECORD_PLAY, { songId: song.id })).errors).toBeUndefined();
  });

  it('gives up on a hung subgraph after SUBGRAPH_TIMEOUT_MS with GATEWAY_TIMEOUT, and answers the rest', async () => {
    const client = createClient(hungPlayback.url, user.token);
    // Both at once: the hung fetch holds nothing the other request needs.
    const [partial, unaffected] = await Promise.all([
      client.request(WITH_PLAYBACK, { id: song.id }),
      client.request(WITHOUT_PLAYBACK, { id: song.id }),
    ]);
    expect(partial.data).toEqual({ me: { id: user.id }, song: { id: song.id, title: song.title, lastPlayedAt: null } });
    expectNamesService(partial, 'playback', 'GATEWAY_TIMEOUT');
    expect(unaffected.errors).toBeUndefined();
    expect(hung[0]?.accepted()).toBeGreaterThan(0);

    const mutation = await client.request(RECORD_PLAY, { songId: song.id });
    expect(mutation.data).toBeNull();
    expectNamesService(mutation, 'playback', 'GATEWAY_TIMEOUT');
  });

  it('times out a hung catalog the same way, on its upload-capable data source too', async () => {
    const client = createClient(hungCatalog.url, user.token);
    const response = await client.request(WITHOUT_PLAYBACK, { id: song.id });
    expect(response.data).toEqual({ me: { id: user.id, displayName: user.displayName }, song: null });
    expectNamesService(response, 'catalog', 'GATEWAY_TIMEOUT');
    expect(hung[1]?.accepted()).toBeGreaterThan(0);
  });
});
