import { loadLibraryConfig, type RunningLibraryService, startLibraryService } from '@sp0t1fy/library';
import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig, type RunningGateway, startGateway } from '../src/index.js';
import { createClient, type GraphQLClient } from './support/client.js';
import { startDroppingServer } from './support/fault-servers.js';
import { LEAKED_INTERNALS } from './support/http.js';
import { dataOf } from './support/library.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';

// A second library, on the same database, that reaches playback at a port dropping every connection:
// rules about the catalog's fields still answer; rules about plays say playback is unavailable.
const backends = (await testBackends()).filter((backend) => backend.postgresUrl);

const CREATE = 'mutation ($input: SmartPlaylistInput!) { createSmartPlaylist(input: $input) { id } }';
const READ = 'query ($id: ID!) { smartPlaylist(id: $id) { name songCount songs { title } } }';

describe.each(backends)('smart playlists while playback is down ($name)', (backend) => {
  let stack: TestStack;
  let user: SeededUser;
  let nowhere: Awaited<ReturnType<typeof startDroppingServer>>;
  let library: RunningLibraryService;
  let gateway: RunningGateway;
  let withoutPlayback: GraphQLClient;

  beforeAll(async () => {
    stack = await startStack(backend);
    user = await seed(stack.client).user();
    await seed(stack.client).song(user, 'mpeg25-8khz.mp3', { title: 'Still here', artist: 'Band' });
    nowhere = await startDroppingServer();
    library = await startLibraryService(
      loadLibraryConfig({ ...stack.env, LIBRARY_PORT: '0', PLAYBACK_URL: nowhere.url }),
    );
    gateway = await startGateway(loadGatewayConfig({ ...stack.env, LIBRARY_URL: library.url }));
    withoutPlayback = createClient(gateway.url, user.token);
  });
  afterAll(async () => {
    await gateway?.close();
    await library?.close();
    await nowhere?.release();
    await stack?.close();
  });

  it('answers catalog rules and names playback for play rules, leaking nothing', async () => {
    const byArtist = dataOf(
      await user.client.request<{ createSmartPlaylist: { id: string } }>(CREATE, {
        input: { name: 'Band', rules: { field: 'artist', op: 'is', value: 'Band' } },
      }),
    ).createSmartPlaylist;
    const played = dataOf(
      await user.client.request<{ createSmartPlaylist: { id: string } }>(CREATE, {
        input: { name: 'Played', rules: { field: 'playCount', op: 'greaterThan', value: 0 } },
      }),
    ).createSmartPlaylist;

    const catalogOnly = await withoutPlayback.request(READ, { id: byArtist.id });
    expect(dataOf(catalogOnly)).toEqual({
      smartPlaylist: { name: 'Band', songCount: 1, songs: [{ title: 'Still here' }] },
    });

    const needsPlays = await withoutPlayback.request(READ, { id: played.id });
    expect(needsPlays.errors?.length).toBeGreaterThan(0);
    for (const error of needsPlays.errors ?? []) {
      // The gateway names the subgraph that answered (the library); the message names what it lacked.
      expect(error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(error.message).toBe('The playback service is unavailable');
    }
    expect(JSON.stringify(needsPlays)).not.toMatch(LEAKED_INTERNALS);
    // With playback up, the same playlist answers (no plays yet: no songs).
    expect(dataOf(await user.client.request(READ, { id: played.id }))).toEqual({
      smartPlaylist: { name: 'Played', songCount: 0, songs: [] },
    });
  });
});
