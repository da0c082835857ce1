import { testBackends } from '@sp0t1fy/platform/testing';
import type { RunningPlaybackService } from '@sp0t1fy/playback';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import { type CountsStatements, statementsDuring } from './support/statements.js';

const PAGE = /* GraphQL */ `
  query Page($first: Int, $after: String) {
    songs(first: $first, after: $after) {
      pageInfo { endCursor }
      edges { node { id title uploadedBy { displayName } playCount lastPlayedAt myPlayCount } }
    }
  }
`;

interface Page {
  songs: {
    pageInfo: { endCursor: string | null };
    edges: Array<{ node: { id: string; title: string; playCount: number; myPlayCount: number } }>;
  };
}

const RECORD = 'mutation ($id: ID!) { recordPlayback(songId: $id, action: PLAY, positionSeconds: 0) { id } }';

describe.each(await testBackends())('SQL statements for a page of songs ($name)', (backend) => {
  let stack: TestStack;
  let playback: RunningPlaybackService;
  let listener: SeededUser;

  beforeAll(async () => {
    // The song feed's background polls would be counted with the request's statements; songs
    // uploaded here reach playback anyway, since it asks the feed at once for a song it does not know.
    stack = await startStack(backend, { env: { SONG_FEED_POLL_MS: '3600000' } });
    playback = stack.services.playback as RunningPlaybackService;
    const users = seed(stack.client);
    const [uploader, someone] = await Promise.all([users.user(), users.user()]);
    listener = someone;
    // 60 songs: the smallest fixture, stored once however often it is uploaded.
    for (let index = 0; index < 60; index++) {
      await users.song(uploader, 'mpeg25-8khz.mp3', { title: `Song ${String(index).padStart(2, '0')}` });
    }
    const all = await listener.client.request<Page>(PAGE, { first: 60 });
    for (const [index, edge] of all.data!.songs.edges.entries()) {
      if (index % 3 === 0) await listener.client.request(RECORD, { id: edge.node.id });
    }
  }, 300_000);
  afterAll(() => stack?.close());

  /** Playback's statements for one gateway query of `first` songs after `after`. */
  async function statementsFor(first: number, after: string | null) {
    const { statements, result } = await statementsDuring(playback, () =>
      listener.client.request<Page>(PAGE, { first, after }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.songs.edges).toHaveLength(first);
    return { statements, page: result.data!.songs };
  }

  it('costs the same few statements for 5 songs as for 50', async () => {
    // Songs not looked at yet, so neither page is answered from the cache.
    const five = await statementsFor(5, null);
    const fifty = await statementsFor(50, five.page.pageInfo.endCursor);
    expect(five.statements).toBe(fifty.statements);
    // One for the songs' counts (cache misses), one for the viewer's own counts.
    expect(fifty.statements).toBe(2);
    const counts = fifty.page.edges.map((edge) => edge.node.playCount);
    expect(counts.filter((count) => count === 1).length).toBeGreaterThan(10);
    expect(fifty.page.edges.every((edge) => edge.node.myPlayCount === edge.node.playCount)).toBe(true);

    // Cached counts leave only the viewer's own.
    const again = await statementsFor(50, five.page.pageInfo.endCursor);
    expect(again.statements).toBe(1);
    expect(again.page).toEqual(fifty.page);
  });

  it('costs the whole supergraph the same statements for 5 songs as for 50', async () => {
    const services = ['users', 'catalog', 'playback'].map(
      (name) => stack.services[name] as unknown as CountsStatements,
    );
    const measure = async (first: number) => {
      const { statements, result } = await statementsDuring(services, () =>
        listener.client.request<Page>(PAGE, { first }),
      );
      expect(result.data!.songs.edges).toHaveLength(first);
      return statements;
    };
    // The catalog caches first pages, and the first test cached only the 5-song one: read each once,
    // so both are measured with the same caches warm (cold, the catalog's page is one statement).
    for (const first of [5, 50]) await measure(first);
    const [five, fifty] = [await measure(5), await measure(50)];
    console.info(`statements for a page of songs with uploaders and play counts: 5 songs ${five}, 50 songs ${fifty}`);
    expect(five).toBe(fifty);
  });
});
