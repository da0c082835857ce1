import { testBackends } from '@sp0t1fy/platform/testing';
import { loadPlaybackConfig, type RunningPlaybackService, startPlaybackService } from '@sp0t1fy/playback';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig, type RunningGateway, startGateway } from '../src/index.js';
import { createClient, type GraphQLClient, type GraphQLResponse } from './support/client.js';
import { startDroppingServer, startHungServer } from './support/fault-servers.js';
import { type GatewaysWithout, startGatewaysWithout } from './support/gateways-without.js';
import { LEAKED_INTERNALS } from './support/http.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import type { SongFields } from './support/uploads.js';
import { webOperation } from './support/web-operations.js';

const WITHOUT_PLAYBACK = /* GraphQL */ `
  query ($id: ID!) { me { id displayName } song(id: $id) { id title uploadedBy { displayName } } }
`;
const WITH_PLAYBACK = /* GraphQL */ `
  query ($id: ID!) { me { id } song(id: $id) { id title lastPlayedAt } }
`;
const WITH_PLAY_COUNT = /* GraphQL */ `
  query ($id: ID!) { me { id } song(id: $id) { id title playCount } }
`;
const RECORD_PLAY = /* GraphQL */ `
  mutation ($songId: ID!) { recordPlayback(songId: $songId, action: PLAY, positionSeconds: 0) { id } }
`;

const HUNG_TIMEOUT_MS = 1_500;

function expectNamesService(response: GraphQLResponse<unknown>, serviceName: string, code = 'SERVICE_UNAVAILABLE') {
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
  /** Where playback comes back; down until then. */
  let playbackDown: Awaited<ReturnType<typeof startDroppingServer>>;
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
    playbackDown = await startDroppingServer();
    second = await startGateway(loadGatewayConfig({ ...stack.env, PLAYBACK_URL: playbackDown.url }));

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
    await playbackDown?.release();
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

      // Fields that need another service are nullable: only the play count is missing, not the song.
      const playCount = await client.request(WITH_PLAY_COUNT, { id: song.id });
      expect(playCount.data, name).toEqual({
        me: { id: user.id },
        song: { id: song.id, title: song.title, playCount: null },
      });
      expectNamesService(playCount, 'playback');
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
    await playbackDown.release();
    restarted = await startPlaybackService(
      loadPlaybackConfig({ ...stack.env, PLAYBACK_PORT: String(playbackDown.port) }),
    );
    const client = createClient(second.url, user.token);
    const response = await client.request<{ song: { playCount: number; lastPlayedAt: string | null } }>(
      WITH_PLAY_COUNT.replace('playCount', 'playCount lastPlayedAt'),
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

// The web app's own operations, as it sends them.
const LIBRARY = await webOperation('LibrarySongs');
const HISTORY = await webOperation('History');
const CHARTS = await webOperation('TopSongs');

interface SongNode {
  id: string;
  title: string;
  playCount: number | null;
  uploadedBy: { id: string; displayName: string } | null;
}
interface Library {
  songs: { totalCount: number; edges: Array<{ node: SongNode }> };
}
interface History {
  me: {
    id: string;
    listeningStats: { totalPlays: number } | null;
    history: { edges: Array<{ node: { songTitle: string; songRemoved: boolean; song: SongNode | null } }> } | null;
  } | null;
}
interface Charts {
  topSongs: SongNode[] | null;
}

/**
 * What each page of the web app gets while one subgraph is down: a gateway pointed, for that
 * service, at a port that drops every connection, the others up. The fields that need the missing service are null, each
 * page keeps the rest, and the errors name the service.
 *
 * For users, a gateway that cannot reach it stands in for the outage: the subgraphs also check
 * sign-outs with the users service when no shared Redis answers, and, failing closed, they refuse
 * every signed-in request while it is down (README, "Redis stopped"). That is not what this tests.
 */
describe.each(await testBackends())('the web app’s pages with a subgraph down ($name)', (backend) => {
  let stack: TestStack;
  let owner: SeededUser;
  let other: SeededUser;
  let songs: SongFields[];
  let without: GatewaysWithout;
  const asOwner = (service: string) => createClient(without.urlWithout(service), owner.token);

  beforeAll(async () => {
    stack = await startStack(backend);
    [owner, other] = await Promise.all([seed(stack.client).user(), seed(stack.client).user()]);
    songs = [await seed(stack.client).song(owner), await seed(stack.client).song(other, 'tone-vbr-mono.mp3')];
    expect((await owner.client.request(RECORD_PLAY, { songId: songs[0]?.id })).errors).toBeUndefined();
    without = await startGatewaysWithout(stack.env, ['users', 'catalog', 'playback']);
  });
  afterAll(async () => {
    await without?.close();
    await stack?.close();
  });

  const uploader = (song: SongFields) => {
    const user = song.id === songs[0]?.id ? owner : other;
    return { id: user.id, displayName: user.displayName };
  };
  const libraryOf = (response: { data?: Library | null }) =>
    Object.fromEntries((response.data?.songs.edges ?? []).map(({ node }) => [node.id, node]));

  it('answers every page in full while all are up', async () => {
    const library = await owner.client.request<Library>(LIBRARY, { first: 50 });
    expect(library.errors).toBeUndefined();
    expect(library.data?.songs.totalCount).toBe(2);
    expect((await owner.client.request(HISTORY, { first: 50 })).errors).toBeUndefined();
    expect((await owner.client.request(CHARTS, { first: 20 })).errors).toBeUndefined();
  });

  it('lists every song of the library with uploadedBy null while users is down', async () => {
    const response = await asOwner('users').request<Library>(LIBRARY, { first: 50 });
    expectNamesService(response, 'users');
    expect(response.data?.songs.totalCount).toBe(2);
    expect(libraryOf(response)).toEqual({
      [songs[0]?.id as string]: expect.objectContaining({ title: songs[0]?.title, uploadedBy: null, playCount: 1 }),
      [songs[1]?.id as string]: expect.objectContaining({ title: songs[1]?.title, uploadedBy: null, playCount: 0 }),
    });
  });

  it('lists every song of the library with playCount null while playback is down', async () => {
    const response = await asOwner('playback').request<Library>(LIBRARY, { first: 50 });
    expectNamesService(response, 'playback');
    expect(response.data?.songs.totalCount).toBe(2);
    expect(libraryOf(response)).toEqual(
      Object.fromEntries(
        songs.map((song) => [
          song.id,
          expect.objectContaining({ title: song.title, uploadedBy: uploader(song), playCount: null }),
        ]),
      ),
    );
  });

  it('ranks the charts without uploaders while users is down, and has no charts without playback or the catalog', async () => {
    const withoutUsers = await asOwner('users').request<Charts>(CHARTS, { first: 20 });
    expectNamesService(withoutUsers, 'users');
    expect(withoutUsers.data?.topSongs).toEqual([
      expect.objectContaining({ id: songs[0]?.id, title: songs[0]?.title, playCount: 1, uploadedBy: null }),
    ]);
    for (const service of ['playback', 'catalog']) {
      const response = await asOwner(service).request<Charts>(CHARTS, { first: 20 });
      expectNamesService(response, service);
      expect(response.data, service).toEqual({ topSongs: null });
    }
  });

  it('keeps the listener and their history without playback or the catalog, as far as each allows', async () => {
    const withoutPlayback = await asOwner('playback').request<History>(HISTORY, { first: 50 });
    expectNamesService(withoutPlayback, 'playback');
    expect(withoutPlayback.data).toEqual({
      me: expect.objectContaining({ id: owner.id, listeningStats: null, history: null }),
    });

    // Playback keeps each song's title, so the history still reads; the songs themselves are null.
    const withoutCatalog = await asOwner('catalog').request<History>(HISTORY, { first: 50 });
    expectNamesService(withoutCatalog, 'catalog');
    expect(withoutCatalog.data?.me?.listeningStats?.totalPlays).toBe(1);
    expect(withoutCatalog.data?.me?.history?.edges.map(({ node }) => node)).toEqual([
      expect.objectContaining({ songTitle: songs[0]?.title, songRemoved: false, song: null }),
    ]);

    const withoutUsers = await asOwner('users').request<History>(HISTORY, { first: 50 });
    expectNamesService(withoutUsers, 'users');
    expect(withoutUsers.data).toEqual({ me: null });
  });
});
