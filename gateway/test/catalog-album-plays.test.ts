import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededUser, seed } from './support/seed.js';
import { stackVariants, startStack, type TestStack } from './support/stack.js';
import type { SongFields } from './support/uploads.js';

const RECORD = 'mutation ($id: ID!) { recordPlayback(songId: $id, action: PLAY, positionSeconds: 0) { id } }';
const MOST_PLAYED = /* GraphQL */ `
  {
    albums(sort: MOST_PLAYED) { edges { node { title playCount artist { id topSongs(first: 3) { title } } } } }
  }
`;

type MostPlayed = {
  albums: {
    edges: Array<{
      node: { title: string; playCount: number; artist: { id: string; topSongs: Array<{ title: string }> } };
    }>;
  };
};

/** The catalog counts plays from playback's play feed, in both layouts (the feed crosses processes in one). */
describe.each(await stackVariants())('album play counts from playback ($label)', (variant) => {
  let stack: TestStack;
  let alice: SeededUser;
  let bob: SeededUser;
  const songs: Record<string, SongFields> = {};

  beforeAll(async () => {
    stack = await startStack(variant, { layout: variant.layout, env: { PLAY_FEED_POLL_MS: '100' } });
    const users = seed(stack.client);
    [alice, bob] = await Promise.all([users.user(), users.user()]);
    for (const fixture of ['album-post-01.mp3', 'album-post-02.mp3', 'album-post-03.mp3', 'speech-cbr128.mp3']) {
      const song = await users.song(alice, fixture);
      songs[song.title] = song;
    }
  }, 120_000);
  afterAll(() => stack?.close());

  /** Asks until the answer satisfies `done`, or fails at the deadline with the last answer. */
  async function eventually(done: (page: MostPlayed) => boolean, deadlineMs = 20_000): Promise<MostPlayed> {
    const deadline = Date.now() + deadlineMs;
    for (;;) {
      const response = await alice.client.request<MostPlayed>(MOST_PLAYED);
      expect(response.errors).toBeUndefined();
      if (done(response.data!) || Date.now() > deadline) return response.data!;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('sorts albums by plays and ranks an artist’s top songs by them', async () => {
    // Before any play: newest first among equals, so the fixtures' album comes before Post.
    const before = await eventually(() => true);
    expect(before.albums.edges.map((edge) => [edge.node.title, edge.node.playCount])).toEqual([
      ['Open Samples', 0],
      ['Post', 0],
    ]);

    for (const [user, title] of [
      [alice, 'Isobel'],
      [bob, 'Isobel'],
      [alice, 'Army of Me'],
    ] as const) {
      const response = await user.client.request(RECORD, { id: songs[title]!.id });
      expect(response.errors).toBeUndefined();
    }

    const after = await eventually((page) => page.albums.edges[0]?.node.playCount === 3);
    expect(after.albums.edges.map((edge) => [edge.node.title, edge.node.playCount])).toEqual([
      ['Post', 3],
      ['Open Samples', 0],
    ]);
    expect(after.albums.edges[0]!.node.artist.topSongs.map((song) => song.title)).toEqual([
      'Isobel',
      'Army of Me',
      'Hyperballad',
    ]);
  });
});
