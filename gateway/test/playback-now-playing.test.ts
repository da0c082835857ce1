import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from './support/client.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import type { SongFields } from './support/uploads.js';

const SCROBBLE = /* GraphQL */ `
  mutation Scrobble($songId: ID!, $playedAt: DateTime) {
    scrobble(songId: $songId, playedAt: $playedAt) { id action occurredAt song { id playCount myPlayCount } user { id } }
  }
`;
const REPORT = /* GraphQL */ `
  mutation Report($songId: ID!, $playerName: String) { reportNowPlaying(songId: $songId, playerName: $playerName) }
`;
const NOW_PLAYING = /* GraphQL */ `
  query NowPlaying { nowPlaying { playerName startedAt user { id displayName } song { id title } } }
`;
const RECORD = /* GraphQL */ `
  mutation Record($songId: ID!, $action: PlaybackAction!) { recordPlayback(songId: $songId, action: $action) { id } }
`;
const COUNTS = /* GraphQL */ `
  query Counts($id: ID!) {
    song(id: $id) { playCount myPlayCount }
    me { history(first: 5) { edges { node { id occurredAt song { id } } } } }
  }
`;
const CREATE_APP_PASSWORD = /* GraphQL */ `
  mutation Create($name: String!) { createAppPassword(name: $name) { password } }
`;
const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: AppPasswordSignInInput!) { signInWithAppPassword(input: $input) { token } }
`;

interface NowPlayingEntry {
  playerName: string | null;
  startedAt: string;
  user: { id: string; displayName: string } | null;
  song: { id: string; title: string } | null;
}

describe.each(await testBackends())("a Subsonic app's plays through the gateway ($name)", (backend) => {
  let stack: TestStack;
  let alice: SeededUser;
  let bob: SeededUser;
  let song: SongFields;

  beforeAll(async () => {
    stack = await startStack(backend);
    const users = seed(stack.client);
    [alice, bob] = await Promise.all([users.user({ displayName: 'Alice' }), users.user({ displayName: 'Bob' })]);
    song = await users.song(alice, 'speech-cbr128.mp3');
  });
  afterAll(() => stack?.close());

  const counts = async (user: SeededUser) => {
    const response = await user.client.request<{
      song: { playCount: number; myPlayCount: number };
      me: { history: { edges: Array<{ node: { id: string; occurredAt: string; song: { id: string } } }> } };
    }>(COUNTS, { id: song.id });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const nowPlaying = async (user: SeededUser) => {
    const response = await user.client.request<{ nowPlaying: NowPlayingEntry[] }>(NOW_PLAYING);
    expect(response.errors).toBeUndefined();
    return response.data!.nowPlaying;
  };

  it('counts a scrobble once, at its time, for an app signed in with an app password', async () => {
    const created = await bob.client.request<{ createAppPassword: { password: string } }>(CREATE_APP_PASSWORD, {
      name: 'DSub',
    });
    const signedIn = await stack.client.request<{ signInWithAppPassword: { token: string } }>(SIGN_IN, {
      input: { email: bob.email, password: created.data!.createAppPassword.password },
    });
    const app = stack.client.as(signedIn.data!.signInWithAppPassword.token);
    const before = await counts(bob);
    const playedAt = new Date(Date.now() - 10 * 60_000).toISOString();

    const first = await app.request<{ scrobble: { id: string; occurredAt: string } }>(SCROBBLE, {
      songId: song.id,
      playedAt,
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.scrobble).toMatchObject({
      action: 'PLAY',
      occurredAt: playedAt,
      song: { id: song.id, playCount: before.song.playCount + 1, myPlayCount: before.song.myPlayCount + 1 },
      user: { id: bob.id },
    });

    // The app retrying the same submission changes nothing.
    const again = await app.request<{ scrobble: { id: string } }>(SCROBBLE, { songId: song.id, playedAt });
    expect(again.data!.scrobble.id).toBe(first.data!.scrobble.id);

    const after = await counts(bob);
    expect(after.song.playCount).toBe(before.song.playCount + 1);
    expect(after.song.myPlayCount).toBe(before.song.myPlayCount + 1);
    expect(after.me.history.edges.map((edge) => edge.node)).toContainEqual({
      id: first.data!.scrobble.id,
      occurredAt: playedAt,
      song: { id: song.id },
    });
  });

  it('shows what a user plays to every signed-in user, until they stop', async () => {
    expect(
      (await alice.client.request<{ reportNowPlaying: boolean }>(REPORT, { songId: song.id, playerName: 'Symfonium' }))
        .data?.reportNowPlaying,
    ).toBe(true);
    expect(await nowPlaying(bob)).toContainEqual({
      playerName: 'Symfonium',
      startedAt: expect.any(String),
      user: { id: alice.id, displayName: 'Alice' },
      song: { id: song.id, title: song.title },
    });
    // A report counts no play.
    expect((await counts(alice)).song.myPlayCount).toBe(0);

    // The web player's own events move it.
    await alice.client.request(RECORD, { songId: song.id, action: 'PLAY' });
    const entry = (await nowPlaying(bob)).find((row) => row.user?.id === alice.id);
    expect(entry?.playerName).toBe('Sp0t1fy web');
    await alice.client.request(RECORD, { songId: song.id, action: 'STOP' });
    expect((await nowPlaying(bob)).some((row) => row.user?.id === alice.id)).toBe(false);
  });

  it('refuses a future playedAt, an unknown song and signed-out callers, changing nothing', async () => {
    const before = await counts(bob);
    const future = await bob.client.request(SCROBBLE, {
      songId: song.id,
      playedAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(errorCodes(future)).toEqual(['BAD_USER_INPUT']);
    expect(future.errors?.[0]?.extensions).toMatchObject({ field: 'playedAt' });

    for (const songId of ['00000000-0000-4000-8000-000000000000', "1' or '1'='1"]) {
      expect(errorCodes(await bob.client.request(SCROBBLE, { songId })), songId).toEqual(['NOT_FOUND']);
      expect(errorCodes(await bob.client.request(REPORT, { songId })), songId).toEqual(['NOT_FOUND']);
    }
    expect(errorCodes(await bob.client.request(REPORT, { songId: song.id, playerName: 'x'.repeat(101) }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await stack.client.request(SCROBBLE, { songId: song.id }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await stack.client.request(REPORT, { songId: song.id }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await stack.client.request(NOW_PLAYING))).toEqual(['UNAUTHENTICATED']);

    const after = await counts(bob);
    expect(after.song).toEqual(before.song);
    expect(after.me.history.edges).toEqual(before.me.history.edges);
  });
});
