import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type GraphQLClient } from './support/client.js';
import { dataOf } from './support/library.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import type { SongFields } from './support/uploads.js';

const SMART_FIELDS = /* GraphQL */ `
  fragment SmartFields on SmartPlaylist {
    id name description rules version songCount durationSeconds createdAt updatedAt owner { id }
    songs(first: 100) { id title }
  }
`;
const CREATE = /* GraphQL */ `
  mutation ($input: SmartPlaylistInput!) { createSmartPlaylist(input: $input) { ...SmartFields } }
  ${SMART_FIELDS}
`;
const UPDATE = /* GraphQL */ `
  mutation ($id: ID!, $input: SmartPlaylistInput!, $expectedVersion: Int) {
    updateSmartPlaylist(id: $id, input: $input, expectedVersion: $expectedVersion) { ...SmartFields }
  }
  ${SMART_FIELDS}
`;
const DELETE = 'mutation ($id: ID!) { deleteSmartPlaylist(id: $id) }';
const READ = /* GraphQL */ `
  query ($id: ID!) { smartPlaylist(id: $id) { ...SmartFields } }
  ${SMART_FIELDS}
`;
const PAGE = /* GraphQL */ `
  query ($id: ID!, $first: Int, $offset: Int) { smartPlaylist(id: $id) { songCount songs(first: $first, offset: $offset) { title } } }
`;
const MINE = '{ me { smartPlaylists { id name } } }';
const PREVIEW = /* GraphQL */ `
  query ($rules: SmartPlaylistRules!, $first: Int) {
    previewSmartPlaylist(rules: $rules, first: $first) { songCount songs { id title } }
  }
`;
const SCROBBLE = 'mutation ($id: ID!, $at: DateTime) { scrobble(songId: $id, playedAt: $at) { id } }';
const PLAY = 'mutation ($id: ID!) { recordPlayback(songId: $id, action: PLAY, positionSeconds: 0) { id } }';
const STAR = 'mutation ($id: ID!) { star(kind: SONG, id: $id) }';
const PUBLIC_PLAYLIST = 'mutation { createPlaylist(input: { name: "Shared", public: true }) { id } }';
const THEIR_SMART_PLAYLISTS = 'query ($id: ID!) { playlist(id: $id) { owner { smartPlaylists { id } } } }';

interface SmartFields {
  id: string;
  name: string;
  description: string | null;
  rules: Record<string, unknown>;
  version: number;
  songCount: number;
  durationSeconds: number;
  owner: { id: string } | null;
  songs: Array<{ id: string; title: string }>;
}

const DAY_MS = 86_400_000;
const daysAgo = (days: number, minutes = 0) => new Date(Date.now() - days * DAY_MS - minutes * 60_000).toISOString();

describe.each(await testBackends())('smart playlists through the gateway ($name)', (backend) => {
  let stack: TestStack;
  let owner: SeededUser;
  let other: SeededUser;
  const songs: Record<string, SongFields> = {};

  async function preview(client: GraphQLClient, rules: unknown, first = 100) {
    const data = dataOf(
      await client.request<{ previewSmartPlaylist: { songCount: number; songs: Array<{ title: string }> } }>(PREVIEW, {
        rules,
        first,
      }),
    );
    return data.previewSmartPlaylist;
  }
  /** The titles the rules match, sorted by title unless the rules sort. */
  const titles = async (rules: Record<string, unknown>, client = owner.client) =>
    (await preview(client, { sort: { field: 'title', direction: 'asc' }, ...rules })).songs.map((song) => song.title);

  async function create(client: GraphQLClient, input: Record<string, unknown>) {
    return dataOf(await client.request<{ createSmartPlaylist: SmartFields }>(CREATE, { input })).createSmartPlaylist;
  }
  const mine = async (client = owner.client) =>
    dataOf(await client.request<{ me: { smartPlaylists: Array<{ id: string; name: string }> } }>(MINE)).me
      .smartPlaylists;

  beforeAll(async () => {
    stack = await startStack(backend);
    [owner, other] = await Promise.all([seed(stack.client).user(), seed(stack.client).user()]);
    const upload = async (title: string, fixture: string, metadata: Record<string, unknown>) => {
      songs[title] = await seed(stack.client).song(owner, fixture, { title, ...metadata });
    };
    // Uploaded one after another: addedAt order is Alpha, Bravo, Charlie, Delta Café.
    await upload('Alpha', 'mpeg25-8khz.mp3', { artist: 'Band', album: 'Record', genre: 'Rock', releaseYear: 1999 });
    await upload('Bravo', 'speech-cbr128.mp3', { artist: 'Band', album: 'Other', genre: 'Jazz', releaseYear: 2005 });
    await upload('Charlie', 'tone-vbr-mono.mp3', {
      artist: 'Solo',
      album: 'Record',
      albumArtist: 'Band',
      genre: 'Rock',
      releaseYear: 2010,
    });
    await upload('Delta Café', 'mpeg25-8khz.mp3', { artist: 'Solo', album: null, genre: null, releaseYear: null });
    // The owner's plays, long enough ago to be outside "the last week": Alpha and Bravo three times,
    // Charlie twice, Delta Café never. The other user plays Delta Café: it is not the owner's play.
    const scrobble = (title: string, at: string, client = owner.client) =>
      client.request(SCROBBLE, { id: songs[title]?.id, at }).then(dataOf);
    for (const minutes of [1, 2, 3]) {
      await scrobble('Alpha', daysAgo(10, minutes));
      await scrobble('Bravo', daysAgo(20, minutes));
    }
    for (const minutes of [1, 2]) await scrobble('Charlie', daysAgo(3, minutes));
    for (const minutes of [1, 2, 3, 4]) await scrobble('Delta Café', daysAgo(1, minutes), other.client);
    dataOf(await owner.client.request(STAR, { id: songs.Charlie?.id }));
  });
  afterAll(() => stack?.close());

  it('creates, reads, renames and deletes a smart playlist, each change a new version', async () => {
    const created = await create(owner.client, {
      name: '  Rock ',
      description: 'Loud',
      rules: { all: [{ field: 'genre', op: 'is', value: 'rock' }] },
    });
    expect(created).toMatchObject({
      name: 'Rock',
      description: 'Loud',
      version: 1,
      owner: { id: owner.id },
      songCount: 2,
      // The defaults are filled in: newest added first, 100 songs.
      rules: {
        all: [{ field: 'genre', op: 'is', value: 'rock' }],
        sort: { field: 'addedAt', direction: 'desc' },
        limit: 100,
      },
    });
    expect(created.songs.map((song) => song.title)).toEqual(['Charlie', 'Alpha']);
    expect(created.durationSeconds).toBeCloseTo(
      (songs.Alpha?.durationSeconds ?? 0) + (songs.Charlie?.durationSeconds ?? 0),
      3,
    );
    expect((await mine()).map((playlist) => playlist.id)).toContain(created.id);

    const renamed = dataOf(
      await owner.client.request<{ updateSmartPlaylist: SmartFields }>(UPDATE, {
        id: created.id,
        expectedVersion: 1,
        input: { name: 'Jazz', rules: { field: 'genre', op: 'is', value: 'Jazz' } },
      }),
    ).updateSmartPlaylist;
    expect(renamed).toMatchObject({ name: 'Jazz', description: null, version: 2, songCount: 1 });
    expect(renamed.songs.map((song) => song.title)).toEqual(['Bravo']);

    const stale = await owner.client.request(UPDATE, {
      id: created.id,
      expectedVersion: 1,
      input: { name: 'Stale', rules: { field: 'genre', op: 'is', value: 'Rock' } },
    });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(
      dataOf(await owner.client.request<{ smartPlaylist: SmartFields }>(READ, { id: created.id })).smartPlaylist,
    ).toMatchObject({ name: 'Jazz', version: 2 });

    expect(dataOf(await owner.client.request(DELETE, { id: created.id }))).toEqual({ deleteSmartPlaylist: true });
    const gone = await owner.client.request(READ, { id: created.id });
    expect(errorCodes(gone)).toEqual(['NOT_FOUND']);
    expect((await mine()).map((playlist) => playlist.id)).not.toContain(created.id);
  });

  it('lists the owner’s smart playlists newest first, pages their songs, and refuses everyone else', async () => {
    const first = await create(owner.client, { name: 'First', rules: { field: 'artist', op: 'is', value: 'Band' } });
    const second = await create(owner.client, { name: 'Second', rules: { field: 'artist', op: 'is', value: 'Solo' } });
    const listed = (await mine()).map((playlist) => playlist.id);
    expect(listed.indexOf(second.id)).toBeLessThan(listed.indexOf(first.id));

    const page = dataOf(
      await owner.client.request<{ smartPlaylist: { songCount: number; songs: Array<{ title: string }> } }>(PAGE, {
        id: first.id,
        first: 1,
        offset: 1,
      }),
    ).smartPlaylist;
    expect(page).toEqual({ songCount: 2, songs: [{ title: 'Alpha' }] });
    expect(errorCodes(await owner.client.request(PAGE, { id: first.id, first: 101 }))).toEqual(['BAD_USER_INPUT']);

    // Another user: the playlist is not there for them, and nothing they send changes it.
    expect(errorCodes(await other.client.request(READ, { id: first.id }))).toEqual(['NOT_FOUND']);
    const input = { name: 'Taken', rules: { field: 'artist', op: 'is', value: 'Solo' } };
    expect(errorCodes(await other.client.request(UPDATE, { id: first.id, input }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await other.client.request(DELETE, { id: first.id }))).toEqual(['NOT_FOUND']);
    expect(
      dataOf(await owner.client.request<{ smartPlaylist: SmartFields }>(READ, { id: first.id })).smartPlaylist,
    ).toMatchObject({ name: 'First', version: 1 });
    expect(await mine(other.client)).toEqual([]);
    const shared = dataOf(
      await owner.client.request<{ createPlaylist: { id: string } }>(PUBLIC_PLAYLIST),
    ).createPlaylist;
    const theirs = await other.client.request(THEIR_SMART_PLAYLISTS, { id: shared.id });
    expect(errorCodes(theirs)).toEqual(['FORBIDDEN']);

    // Signed out: nothing at all.
    expect(errorCodes(await stack.client.request(READ, { id: first.id }))).toEqual(['UNAUTHENTICATED']);
    expect(
      errorCodes(await stack.client.request(PREVIEW, { rules: { field: 'title', op: 'is', value: 'Alpha' } })),
    ).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await stack.client.request(CREATE, { input }))).toEqual(['UNAUTHENTICATED']);
  });

  it('matches each text field and op, ignoring case and accents', async () => {
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ field: 'title', op: 'is', value: 'alpha' }, ['Alpha']],
      [{ field: 'title', op: 'isNot', value: 'Alpha' }, ['Bravo', 'Charlie', 'Delta Café']],
      [{ field: 'title', op: 'contains', value: 'CAFE' }, ['Delta Café']],
      [{ field: 'title', op: 'notContains', value: 'a' }, []],
      [{ field: 'artist', op: 'is', value: 'band' }, ['Alpha', 'Bravo']],
      [{ field: 'album', op: 'is', value: 'Record' }, ['Alpha', 'Charlie']],
      [{ field: 'album', op: 'isNot', value: 'Record' }, ['Bravo', 'Delta Café']],
      [{ field: 'albumArtist', op: 'is', value: 'Band' }, ['Alpha', 'Bravo', 'Charlie']],
      [{ field: 'genre', op: 'contains', value: 'ZZ' }, ['Bravo']],
      [{ field: 'genre', op: 'notContains', value: 'rock' }, ['Bravo', 'Delta Café']],
    ];
    for (const [rule, expected] of cases) expect(await titles(rule), JSON.stringify(rule)).toEqual(expected);
  });

  it('matches numbers and dates: year, duration, when added', async () => {
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ field: 'year', op: 'is', value: 2005 }, ['Bravo']],
      [{ field: 'year', op: 'greaterThan', value: 2000 }, ['Bravo', 'Charlie']],
      [{ field: 'year', op: 'lessThan', value: 2006 }, ['Alpha', 'Bravo']],
      [{ field: 'year', op: 'between', value: [1999, 2005] }, ['Alpha', 'Bravo']],
      [{ field: 'durationSeconds', op: 'greaterThan', value: 5 }, ['Bravo', 'Charlie']],
      [{ field: 'durationSeconds', op: 'is', value: Math.round(songs.Charlie?.durationSeconds ?? 0) }, ['Charlie']],
      [{ field: 'durationSeconds', op: 'between', value: [0, 3] }, ['Alpha', 'Delta Café']],
      [{ field: 'addedAt', op: 'inTheLast', value: { days: 1 } }, ['Alpha', 'Bravo', 'Charlie', 'Delta Café']],
      [{ field: 'addedAt', op: 'notInTheLast', value: { days: 1 } }, []],
      [{ field: 'addedAt', op: 'before', value: '2000-01-01' }, []],
      [{ field: 'addedAt', op: 'after', value: '2000-01-01T00:00:00Z' }, ['Alpha', 'Bravo', 'Charlie', 'Delta Café']],
    ];
    for (const [rule, expected] of cases) expect(await titles(rule), JSON.stringify(rule)).toEqual(expected);
  });

  it('matches the owner’s own plays and stars', async () => {
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ field: 'playCount', op: 'is', value: 3 }, ['Alpha', 'Bravo']],
      // Never played by the owner (the other user's plays do not count).
      [{ field: 'playCount', op: 'is', value: 0 }, ['Delta Café']],
      [{ field: 'playCount', op: 'lessThan', value: 3 }, ['Charlie', 'Delta Café']],
      [{ field: 'playCount', op: 'greaterThan', value: 2 }, ['Alpha', 'Bravo']],
      [{ field: 'playCount', op: 'between', value: [0, 2] }, ['Charlie', 'Delta Café']],
      [{ field: 'playCount', op: 'between', value: [2, 5] }, ['Alpha', 'Bravo', 'Charlie']],
      [{ field: 'lastPlayedAt', op: 'inTheLast', value: { days: 7 } }, ['Charlie']],
      [{ field: 'lastPlayedAt', op: 'notInTheLast', value: { days: 7 } }, ['Alpha', 'Bravo', 'Delta Café']],
      [{ field: 'lastPlayedAt', op: 'before', value: daysAgo(15) }, ['Bravo']],
      [{ field: 'lastPlayedAt', op: 'after', value: daysAgo(15) }, ['Alpha', 'Charlie']],
      [{ field: 'starred', op: 'is', value: true }, ['Charlie']],
      [{ field: 'starred', op: 'is', value: false }, ['Alpha', 'Bravo', 'Delta Café']],
    ];
    for (const [rule, expected] of cases) expect(await titles(rule), JSON.stringify(rule)).toEqual(expected);
    // The other user's view of the same rules is theirs.
    expect(await titles({ field: 'playCount', op: 'greaterThan', value: 2 }, other.client)).toEqual(['Delta Café']);
    expect(await titles({ field: 'starred', op: 'is', value: true }, other.client)).toEqual([]);
  });

  it('combines any and all across the services that own the fields', async () => {
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [
        {
          all: [
            { field: 'genre', op: 'is', value: 'Rock' },
            { field: 'playCount', op: 'greaterThan', value: 2 },
          ],
        },
        ['Alpha'],
      ],
      [
        {
          any: [
            { field: 'starred', op: 'is', value: true },
            { field: 'year', op: 'is', value: 2005 },
          ],
        },
        ['Bravo', 'Charlie'],
      ],
      [
        {
          any: [
            {
              all: [
                { field: 'artist', op: 'is', value: 'Solo' },
                { field: 'playCount', op: 'is', value: 0 },
              ],
            },
            {
              all: [
                { field: 'artist', op: 'is', value: 'Band' },
                { field: 'lastPlayedAt', op: 'after', value: daysAgo(15) },
              ],
            },
          ],
        },
        ['Alpha', 'Delta Café'],
      ],
      [
        {
          all: [
            {
              any: [
                { field: 'genre', op: 'is', value: 'Rock' },
                { field: 'genre', op: 'is', value: 'Jazz' },
              ],
            },
            { field: 'starred', op: 'is', value: false },
            { field: 'lastPlayedAt', op: 'notInTheLast', value: { days: 15 } },
          ],
        },
        ['Bravo'],
      ],
      // Only play conditions: their sets are combined before the catalog is asked.
      [
        {
          any: [
            { field: 'playCount', op: 'is', value: 0 },
            { field: 'lastPlayedAt', op: 'inTheLast', value: { days: 7 } },
          ],
        },
        ['Charlie', 'Delta Café'],
      ],
      [
        {
          all: [
            { field: 'playCount', op: 'greaterThan', value: 2 },
            {
              all: [
                { field: 'lastPlayedAt', op: 'after', value: daysAgo(15) },
                { field: 'starred', op: 'is', value: false },
              ],
            },
          ],
        },
        ['Alpha'],
      ],
      [
        {
          all: [
            { field: 'playCount', op: 'greaterThan', value: 2 },
            { field: 'playCount', op: 'lessThan', value: 2 },
          ],
        },
        [],
      ],
    ];
    for (const [rule, expected] of cases) expect(await titles(rule), JSON.stringify(rule)).toEqual(expected);
  });

  it('sorts and limits, by catalog fields and by the owner’s plays', async () => {
    const all = { field: 'title', op: 'isNot', value: 'nothing' };
    const sorted = async (sort: Record<string, unknown>, limit?: number) =>
      (await preview(owner.client, { ...all, sort, ...(limit ? { limit } : {}) })).songs.map((song) => song.title);
    expect(await sorted({ field: 'title', direction: 'desc' })).toEqual(['Delta Café', 'Charlie', 'Bravo', 'Alpha']);
    // Songs without a year go last.
    expect(await sorted({ field: 'year', direction: 'desc' })).toEqual(['Charlie', 'Bravo', 'Alpha', 'Delta Café']);
    expect(await sorted({ field: 'addedAt', direction: 'asc' }, 2)).toEqual(['Alpha', 'Bravo']);
    expect(await sorted({ field: 'durationSeconds', direction: 'desc' }, 1)).toEqual(['Bravo']);
    expect(await sorted({ field: 'artist', direction: 'asc' }, 2)).toEqual(['Alpha', 'Bravo']);
    expect((await sorted({ field: 'random', direction: 'asc' })).sort()).toEqual([
      'Alpha',
      'Bravo',
      'Charlie',
      'Delta Café',
    ]);
    const byPlays = await sorted({ field: 'playCount', direction: 'desc' });
    expect(byPlays.slice(2)).toEqual(['Charlie', 'Delta Café']);
    expect(byPlays.slice(0, 2).sort()).toEqual(['Alpha', 'Bravo']);
    expect(await sorted({ field: 'lastPlayedAt', direction: 'desc' }, 3)).toEqual(['Charlie', 'Alpha', 'Bravo']);
    expect(await sorted({ field: 'lastPlayedAt', direction: 'asc' }, 2)).toEqual(['Delta Café', 'Bravo']);
    const limited = await preview(owner.client, { ...all, limit: 3 }, 2);
    // songCount counts all the limit lets through; songs is the first page of them.
    expect(limited.songCount).toBe(3);
    expect(limited.songs).toHaveLength(2);
  });

  it('"played more than twice, not in the last week" follows new plays at once', async () => {
    const forgotten = await create(owner.client, {
      name: 'Forgotten favourites',
      rules: {
        all: [
          { field: 'playCount', op: 'greaterThan', value: 2 },
          { field: 'lastPlayedAt', op: 'notInTheLast', value: { days: 7 } },
        ],
        sort: { field: 'playCount', direction: 'desc' },
      },
    });
    expect(forgotten.songs.map((song) => song.title).sort()).toEqual(['Alpha', 'Bravo']);
    // Playing Alpha now takes it out; a third play of Charlie, long ago, brings Charlie in.
    dataOf(await owner.client.request(PLAY, { id: songs.Alpha?.id }));
    dataOf(await owner.client.request(SCROBBLE, { id: songs.Charlie?.id, at: daysAgo(30) }));
    const now = dataOf(
      await owner.client.request<{ smartPlaylist: SmartFields }>(READ, { id: forgotten.id }),
    ).smartPlaylist;
    expect(now.songs.map((song) => song.title).sort()).toEqual(['Bravo']);
    expect(now.songCount).toBe(1);
    // Charlie's last play is still 3 days ago: it stays out until a week has passed.
    expect(await titles({ field: 'playCount', op: 'greaterThan', value: 2 })).toEqual(['Alpha', 'Bravo', 'Charlie']);
  });

  it('refuses bad rules with BAD_USER_INPUT naming the path, saving nothing', async () => {
    const condition = { field: 'title', op: 'is', value: 'Alpha' };
    let deep: Record<string, unknown> = condition;
    for (let level = 0; level < 5; level++) deep = { all: [deep] };
    const cases: Array<[unknown, string]> = [
      [deep, 'rules.all[0].all[0].all[0].all[0]'],
      [{ all: [condition, { field: 'mood', op: 'is', value: 'happy' }] }, 'rules.all[1].field'],
      [{ all: [condition, { field: 'year', op: 'is', value: 'nineteen' }] }, 'rules.all[1].value'],
      [{ all: [condition, { field: 'year', op: 'contains', value: 1999 }] }, 'rules.all[1].op'],
      [{ any: [{ field: 'addedAt', op: 'inTheLast', value: { days: 0 } }] }, 'rules.any[0].value'],
      [{ field: 'starred', op: 'is', value: 'yes' }, 'rules.value'],
      [{ ...condition, limit: 1001 }, 'rules.limit'],
      [{ ...condition, sort: { field: 'mood' } }, 'rules.sort.field'],
      [{ all: [] }, 'rules.all'],
      [{ all: Array.from({ length: 21 }, () => condition) }, 'rules.all'],
    ];
    const before = await mine();
    for (const [rules, field] of cases) {
      const response = await owner.client.request(CREATE, { input: { name: 'Bad', rules } });
      expect(errorCodes(response), JSON.stringify(rules)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.field, JSON.stringify(rules)).toBe(field);
      const previewed = await owner.client.request(PREVIEW, { rules });
      expect(previewed.errors?.[0]?.extensions?.field).toBe(field);
    }
    expect(await mine()).toEqual(before);

    const kept = await create(owner.client, { name: 'Kept', rules: condition });
    const refused = await owner.client.request(UPDATE, {
      id: kept.id,
      input: { name: 'Changed', rules: { ...condition, limit: 0 } },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rules.limit' });
    expect(
      dataOf(await owner.client.request<{ smartPlaylist: SmartFields }>(READ, { id: kept.id })).smartPlaylist,
    ).toMatchObject({ name: 'Kept', version: 1 });
  });

  // Last: the song it uploads would be in every other test's results.
  it('shows the cover of the first matching song that has one, signed by the catalog', async () => {
    await seed(stack.client).song(owner, 'tones-with-cover.mp3', { title: 'Echo', artist: 'Band' });
    const COVER = 'query ($id: ID!) { smartPlaylist(id: $id) { coverUrl songs { title } } }';
    const band = await create(owner.client, {
      name: 'Band',
      rules: { field: 'artist', op: 'is', value: 'Band', sort: { field: 'title', direction: 'asc' } },
    });
    const read = dataOf(
      await owner.client.request<{ smartPlaylist: { coverUrl: string | null; songs: Array<{ title: string }> } }>(
        COVER,
        { id: band.id },
      ),
    ).smartPlaylist;
    expect(read.songs.map((song) => song.title)).toEqual(['Alpha', 'Bravo', 'Echo']);
    expect(read.coverUrl).toEqual(expect.any(String));
    const cover = await fetch(new URL(read.coverUrl as string, stack.gatewayUrl));
    expect(cover.status).toBe(200);
    expect(cover.headers.get('content-type')).toMatch(/^image\//);

    const alpha = await create(owner.client, { name: 'Alpha', rules: { field: 'title', op: 'is', value: 'Alpha' } });
    const none = dataOf(
      await owner.client.request<{ smartPlaylist: { coverUrl: string | null } }>(COVER, { id: alpha.id }),
    ).smartPlaylist;
    expect(none.coverUrl).toBeNull();
  });
});
