import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from './support/client.js';
import { type SeededUser, seed } from './support/seed.js';
import { stackVariants, startStack, type TestStack } from './support/stack.js';
import type { SongFields } from './support/uploads.js';

const RECORD = /* GraphQL */ `
  mutation Record($songId: ID!, $action: PlaybackAction!, $position: Float) {
    recordPlayback(songId: $songId, action: $action, positionSeconds: $position) {
      id action positionSeconds occurredAt songTitle songArtist songRemoved
      song { id title playCount }
      user { id displayName }
    }
  }
`;

const STATS = /* GraphQL */ `
  query Stats {
    me {
      listeningStats {
        totalPlays secondsListened distinctSongs
        topArtists { artist plays }
        topSongs { plays song { id title } }
      }
      recentlyPlayed { id title }
    }
  }
`;

const HISTORY = /* GraphQL */ `
  query History($first: Int, $after: String) {
    me {
      history(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          cursor
          node { id action positionSeconds occurredAt songTitle songArtist songRemoved song { id title } user { id } }
        }
      }
    }
  }
`;

const SONG_COUNTS = /* GraphQL */ `
  query Counts($id: ID!) { song(id: $id) { id title playCount myPlayCount lastPlayedAt } }
`;

const TOP_SONGS = /* GraphQL */ `
  query Top($first: Int, $since: DateTime) { topSongs(first: $first, since: $since) { id title playCount } }
`;

/** The library page the web app shows: catalog fields, the uploader from users, counts from playback. */
const LIBRARY = /* GraphQL */ `
  query Library {
    songs(first: 10) {
      edges { node { id title artist uploadedBy { id displayName } playCount myPlayCount lastPlayedAt } }
    }
  }
`;

interface RecordedEvent {
  id: string;
  action: string;
  positionSeconds: number;
  occurredAt: string;
  songTitle: string;
  songArtist: string;
  songRemoved: boolean;
  song: { id: string; title: string; playCount: number } | null;
  user: { id: string; displayName: string };
}

interface HistoryNode {
  id: string;
  action: string;
  positionSeconds: number;
  songTitle: string;
  songArtist: string;
  songRemoved: boolean;
  song: { id: string; title: string } | null;
  user: { id: string };
}

interface HistoryPage {
  me: {
    history: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ cursor: string; node: HistoryNode }>;
    };
  };
}

describe.each(await stackVariants())('listening through the gateway ($label)', (backend) => {
  let stack: TestStack;
  let alice: SeededUser;
  let bob: SeededUser;
  let carol: SeededUser;
  /** Uploaded by alice: "Counting Test" (10.16 s), "Rising Tones" (12.04 s), "Short Tone" (8.07 s). */
  let counting: SongFields;
  let tones: SongFields;
  let short: SongFields;

  beforeAll(async () => {
    stack = await startStack(backend, { layout: backend.layout });
    const users = seed(stack.client);
    [alice, bob, carol] = await Promise.all([
      users.user({ displayName: 'Alice Uploader' }),
      users.user({ displayName: 'Bob Listener' }),
      users.user({ displayName: 'Carol' }),
    ]);
    counting = await users.song(alice, 'speech-cbr128.mp3');
    tones = await users.song(alice, 'tones-with-cover.mp3');
    short = await users.song(alice, 'tone-vbr-mono.mp3', { title: 'Short Tone', artist: 'Sine Ensemble' });
  });
  afterAll(() => stack?.close());

  async function record(user: SeededUser, song: SongFields | string, action: string, position?: number) {
    const songId = typeof song === 'string' ? song : song.id;
    return user.client.request<{ recordPlayback: RecordedEvent }>(RECORD, { songId, action, position });
  }
  async function play(user: SeededUser, song: SongFields, action: string, position?: number) {
    const response = await record(user, song, action, position);
    expect(response.errors, `${action} ${song.title} @${position}`).toBeUndefined();
    return response.data!.recordPlayback;
  }

  /** Bob's script: [song, action, position, counts as a play, seconds it credits]. */
  const session = (): Array<[SongFields, string, number | undefined]> => [
    [counting, 'PLAY', 0], // a play
    [counting, 'PAUSE', 4], // 4 s
    [counting, 'PLAY', 4], // the player resuming: not a play
    [counting, 'PLAY', 4], // the same click sent twice: not a play
    [counting, 'COMPLETE', undefined], // to the end: 10.16 - 4 s
    [tones, 'PLAY', 0], // a play
    [tones, 'PAUSE', 3], // 3 s
    [tones, 'SEEK', 6], // while paused: nothing
    [tones, 'RESUME', 6], // never a play
    [tones, 'STOP', 9], // 3 s
    [counting, 'PLAY', 0], // a play again
    [counting, 'STOP', 2.5], // 2.5 s
    [short, 'PLAY', 0], // a play
    [short, 'COMPLETE', 99], // clamped to 8.07: 8.07 s
  ];

  it('records a scripted session for a song uploaded a moment ago, with its title and the listener', async () => {
    const events: RecordedEvent[] = [];
    for (const [song, action, position] of session()) events.push(await play(bob, song, action, position));

    expect(events[0]).toMatchObject({
      action: 'PLAY',
      positionSeconds: 0,
      songTitle: 'Counting Test',
      songArtist: counting.artist,
      songRemoved: false,
      song: { id: counting.id, title: 'Counting Test', playCount: 1 },
      user: { id: bob.id, displayName: 'Bob Listener' },
    });
    expect(events[4]).toMatchObject({ action: 'COMPLETE', positionSeconds: counting.durationSeconds });
    expect(events[13]).toMatchObject({ action: 'COMPLETE', positionSeconds: short.durationSeconds });
    expect(events.map((event) => event.song?.playCount)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1]);

    await play(carol, counting, 'PLAY', 0);
    await play(carol, counting, 'STOP', 1);
  });

  it("adds up the listener's plays, seconds, songs and artists exactly", async () => {
    const response = await bob.client.request<{
      me: {
        listeningStats: {
          totalPlays: number;
          secondsListened: number;
          distinctSongs: number;
          topArtists: Array<{ artist: string; plays: number }>;
          topSongs: Array<{ plays: number; song: { id: string; title: string } }>;
        };
        recentlyPlayed: Array<{ id: string; title: string }>;
      };
    }>(STATS);
    expect(response.errors).toBeUndefined();
    const stats = response.data!.me.listeningStats;
    expect(stats.totalPlays).toBe(4);
    expect(stats.secondsListened).toBeCloseTo(counting.durationSeconds + 6 + 2.5 + short.durationSeconds, 3);
    expect(stats.distinctSongs).toBe(3);
    expect(stats.topSongs).toEqual([
      { plays: 2, song: { id: counting.id, title: 'Counting Test' } },
      { plays: 1, song: { id: short.id, title: 'Short Tone' } },
      { plays: 1, song: { id: tones.id, title: 'Rising Tones' } },
    ]);
    const expectedArtists = new Map<string, number>();
    for (const [song, plays] of [
      [counting, 2],
      [tones, 1],
      [short, 1],
    ] as const) {
      expectedArtists.set(song.artist, (expectedArtists.get(song.artist) ?? 0) + plays);
    }
    expect(stats.topArtists).toEqual(
      [...expectedArtists]
        .map(([artist, plays]) => ({ artist, plays }))
        .sort((a, b) => b.plays - a.plays || a.artist.localeCompare(b.artist)),
    );
    expect(response.data!.me.recentlyPlayed.map((song) => song.title)).toEqual([
      'Short Tone',
      'Counting Test',
      'Rising Tones',
    ]);
  });

  it('pages through the history latest first, with song titles from playback and the catalog', async () => {
    const nodes: HistoryNode[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const response: { data?: HistoryPage | null; errors?: unknown } = await bob.client.request<HistoryPage>(HISTORY, {
        first: 5,
        after,
      });
      expect(response.errors).toBeUndefined();
      const { history } = response.data!.me;
      expect(history.totalCount).toBe(14);
      nodes.push(...history.edges.map((edge) => edge.node));
      pages++;
      if (!history.pageInfo.hasNextPage) break;
      after = history.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    const script = session().reverse();
    expect(nodes.map((node) => [node.songTitle, node.action])).toEqual(
      script.map(([song, action]) => [song.title, action]),
    );
    expect(nodes.every((node) => node.song?.title === node.songTitle && node.user.id === bob.id)).toBe(true);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(14);
  });

  it('counts plays per song for everyone and for the viewer, and charts them', async () => {
    const counts = async (song: SongFields, user = bob) =>
      (
        await user.client.request<{ song: { playCount: number; myPlayCount: number; lastPlayedAt: string } }>(
          SONG_COUNTS,
          { id: song.id },
        )
      ).data?.song;
    expect(await counts(counting)).toMatchObject({ playCount: 3, myPlayCount: 2 });
    expect(await counts(counting, carol)).toMatchObject({ playCount: 3, myPlayCount: 1 });
    expect(await counts(tones)).toMatchObject({ playCount: 1, myPlayCount: 1 });
    expect(await counts(short, alice)).toMatchObject({ playCount: 1, myPlayCount: 0 });
    const chart = await carol.client.request<{ topSongs: Array<{ title: string; playCount: number }> }>(TOP_SONGS);
    expect(chart.data?.topSongs).toEqual([
      { id: counting.id, title: 'Counting Test', playCount: 3 },
      { id: short.id, title: 'Short Tone', playCount: 1 },
      { id: tones.id, title: 'Rising Tones', playCount: 1 },
    ]);
    const lastWeek = new Date(Date.now() - 7 * 24 * 3600 * 1000).toISOString();
    const since = await carol.client.request<{ topSongs: Array<{ id: string }> }>(TOP_SONGS, { since: lastWeek });
    expect(since.data?.topSongs.map((song) => song.id)).toEqual([counting.id, short.id, tones.id]);
    const future = new Date(Date.now() + 3600 * 1000).toISOString();
    expect((await carol.client.request(TOP_SONGS, { since: future })).data).toEqual({ topSongs: [] });
    expect(errorCodes(await carol.client.request(TOP_SONGS, { first: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await stack.client.request(TOP_SONGS))).toEqual(['UNAUTHENTICATED']);
  });

  it('answers one query with titles from the catalog, uploaders from users and counts from playback', async () => {
    const response = await bob.client.request<{
      songs: {
        edges: Array<{
          node: {
            id: string;
            title: string;
            uploadedBy: { displayName: string };
            playCount: number;
            myPlayCount: number;
            lastPlayedAt: string | null;
          };
        }>;
      };
    }>(LIBRARY);
    expect(response.errors).toBeUndefined();
    const byId = new Map(response.data!.songs.edges.map((edge) => [edge.node.id, edge.node]));
    expect(byId.get(counting.id)).toMatchObject({
      title: 'Counting Test',
      uploadedBy: { displayName: 'Alice Uploader' },
      playCount: 3,
      myPlayCount: 2,
    });
    expect(byId.get(tones.id)).toMatchObject({ title: 'Rising Tones', playCount: 1, myPlayCount: 1 });
    expect(Date.parse(byId.get(counting.id)!.lastPlayedAt!)).toBeGreaterThan(
      Date.parse(byId.get(tones.id)!.lastPlayedAt!),
    );
  });

  it('keeps cached counts and charts right immediately after new plays', async () => {
    const top = async () =>
      (await carol.client.request<{ topSongs: Array<{ id: string; playCount: number }> }>(TOP_SONGS)).data?.topSongs;
    expect((await top())?.[0]).toEqual({ id: counting.id, title: 'Counting Test', playCount: 3 });
    for (const listener of [alice, carol, bob]) {
      await play(listener, tones, 'PLAY', 0);
      await play(listener, tones, 'STOP', 1);
    }
    expect((await top())?.slice(0, 2)).toEqual([
      { id: tones.id, title: 'Rising Tones', playCount: 4 },
      { id: counting.id, title: 'Counting Test', playCount: 3 },
    ]);
    const song = await bob.client.request<{ song: { playCount: number; myPlayCount: number } }>(SONG_COUNTS, {
      id: tones.id,
    });
    expect(song.data?.song).toMatchObject({ playCount: 4, myPlayCount: 2 });
  });

  it.each([
    ['history', 'history { totalCount }'],
    ['recentlyPlayed', 'recentlyPlayed { id }'],
    ['listeningStats', 'listeningStats { totalPlays secondsListened }'],
  ])("refuses anyone's %s but the listener's own", async (field, selection) => {
    // Another user is reachable as a song's uploader.
    const query = `query ($id: ID!) { song(id: $id) { uploadedBy { id ${selection} } } }`;
    const refused = await bob.client.request(query, { id: counting.id });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    // The field is nullable (it comes from playback, the user from users): only it is null, nothing leaks.
    expect(refused.data).toEqual({ song: { uploadedBy: { id: alice.id, [field]: null } } });
    const own = await alice.client.request<{ song: { uploadedBy: Record<string, unknown> } }>(query, {
      id: counting.id,
    });
    expect(own.errors).toBeUndefined();
    expect(own.data?.song.uploadedBy.id).toBe(alice.id);
  });

  it('refuses bad events with clear errors and records nothing for them', async () => {
    const before = (await bob.client.request<HistoryPage>(HISTORY, { first: 1 })).data!.me.history.totalCount;
    const signedOut = await stack.client.request(RECORD, { songId: counting.id, action: 'PLAY', position: 0 });
    expect(errorCodes(signedOut)).toEqual(['UNAUTHENTICATED']);
    for (const songId of [randomUUID(), 'not-a-song']) {
      const unknown = await record(bob, songId, 'PLAY', 0);
      expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
      expect(unknown.errors?.[0]?.message).toMatch(/no song/);
    }
    for (const position of [-1, -0.001, 86_401, 1e300]) {
      const bad = await record(bob, counting, 'PAUSE', position);
      expect(errorCodes(bad), String(position)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors?.[0]?.extensions?.field).toBe('positionSeconds');
    }
    const notAnAction = await record(bob, counting, 'REWIND', 0);
    expect(errorCodes(notAnAction)).toEqual(['BAD_USER_INPUT']);
    const after = (await bob.client.request<HistoryPage>(HISTORY, { first: 1 })).data!.me.history.totalCount;
    expect(after).toBe(before);
    const badCursor = await bob.client.request(HISTORY, { first: 5, after: 'bm90IGEgY3Vyc29y' });
    expect(errorCodes(badCursor)).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps a removed song in the history, marked removed, and leaves it out of lists and charts', async () => {
    const deleted = await alice.client.request('mutation ($id: ID!) { deleteSong(id: $id) }', { id: short.id });
    expect(deleted.data).toEqual({ deleteSong: true });

    // The follower's next poll brings the deletion; until then the history still shows the song.
    await expect
      .poll(
        async () => {
          const page = await bob.client.request<HistoryPage>(HISTORY, { first: 50 });
          return page.data?.me.history.edges.find((edge) => edge.node.songTitle === 'Short Tone')?.node.songRemoved;
        },
        { timeout: 20_000, interval: 250 },
      )
      .toBe(true);

    const history = await bob.client.request<HistoryPage>(HISTORY, { first: 50 });
    expect(history.errors).toBeUndefined();
    const removed = history
      .data!.me.history.edges.map((edge) => edge.node)
      .filter((node) => node.songTitle === 'Short Tone');
    expect(removed).toHaveLength(2);
    for (const node of removed) {
      expect(node).toMatchObject({ songRemoved: true, song: null, songArtist: 'Sine Ensemble' });
    }

    const stats = await bob.client.request<{
      me: {
        listeningStats: { totalPlays: number; topSongs: Array<{ song: { id: string } }> };
        recentlyPlayed: Array<{ id: string }>;
      };
    }>(STATS);
    expect(stats.errors).toBeUndefined();
    expect(stats.data!.me.listeningStats.totalPlays).toBe(5);
    expect(stats.data!.me.recentlyPlayed.map((song) => song.id)).not.toContain(short.id);
    expect(stats.data!.me.listeningStats.topSongs.map((entry) => entry.song.id)).not.toContain(short.id);
    const top = await carol.client.request<{ topSongs: Array<{ id: string }> }>(TOP_SONGS);
    expect(top.errors).toBeUndefined();
    expect(top.data!.topSongs.map((song) => song.id)).toEqual([tones.id, counting.id]);

    const again = await record(bob, short.id, 'PLAY', 0);
    expect(errorCodes(again)).toEqual(['NOT_FOUND']);
    expect(again.errors?.[0]?.message).toMatch(/removed/);
  });

  it("classifies one listener's simultaneous events one at a time", async () => {
    const counts = async () =>
      (
        await carol.client.request<{ song: { playCount: number; myPlayCount: number } }>(SONG_COUNTS, {
          id: counting.id,
        })
      ).data?.song;
    const before = await counts();
    // A player that sends its PLAY several times at once: one listen, eight events.
    const responses = await Promise.all(Array.from({ length: 8 }, () => record(carol, counting, 'PLAY', 0)));
    expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);
    expect(await counts()).toMatchObject({ playCount: before!.playCount + 1, myPlayCount: before!.myPlayCount + 1 });
  });
});
