import type { RunningCatalogService } from '@sp0t1fy/catalog';
import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import { statementsDuring } from './support/statements.js';

const PAGE = /* GraphQL */ `
  query Albums($first: Int, $after: String) {
    albums(sort: NAME, first: $first, after: $after) {
      pageInfo { endCursor }
      edges { node { id title coverUrl songCount artist { id name albumCount } } }
    }
  }
`;

type Page = {
  albums: {
    pageInfo: { endCursor: string | null };
    edges: Array<{ node: { title: string; coverUrl: string | null; artist: { name: string } } }>;
  };
};

describe.each(await testBackends())('SQL statements for a page of albums ($name)', (backend) => {
  let stack: TestStack;
  let catalog: RunningCatalogService;
  let listener: SeededUser;

  beforeAll(async () => {
    // No background polls of the song feed while statements are counted.
    stack = await startStack(backend, { env: { SONG_FEED_POLL_MS: '3600000' } });
    catalog = stack.services.catalog as RunningCatalogService;
    const users = seed(stack.client);
    listener = await users.user();
    // 60 albums by 4 artists; every third has the fixture with a cover.
    for (let index = 0; index < 60; index++) {
      await users.song(listener, index % 3 === 0 ? 'tones-with-cover.mp3' : 'mpeg25-8khz.mp3', {
        title: `Song ${index}`,
        artist: `Artist ${index % 4}`,
        album: `Album ${String(index).padStart(2, '0')}`,
      });
    }
  }, 300_000);
  afterAll(() => stack?.close());

  async function statementsFor(first: number, after: string | null) {
    const { statements, result } = await statementsDuring(catalog, () =>
      listener.client.request<Page>(PAGE, { first, after }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.albums.edges).toHaveLength(first);
    return { statements, page: result.data!.albums };
  }

  it('costs the same statements for 5 albums with covers and artists as for 50', async () => {
    const five = await statementsFor(5, null);
    const fifty = await statementsFor(50, five.page.pageInfo.endCursor);
    expect(five.statements).toBe(fifty.statements);
    // The page, then every album's artist at once; covers are signed from the album's row.
    expect(fifty.statements).toBe(2);
    const covers = fifty.page.edges.filter((edge) => edge.node.coverUrl !== null);
    expect(covers).toHaveLength(17);
    expect(new Set(fifty.page.edges.map((edge) => edge.node.artist.name)).size).toBe(4);
  });
});
