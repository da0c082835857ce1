import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { RunningCatalogService } from '@sp0t1fy/catalog';
import { type SongFeedEventJson, songFeedPage } from '@sp0t1fy/platform';
import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from './support/client.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import { statementsDuring } from './support/statements.js';
import { catalogStorage, listFiles, readFixture, SONG_FIELDS, type SongFields } from './support/uploads.js';

const SONGS = /* GraphQL */ `
  query Songs($query: String, $genre: String, $first: Int, $after: String) {
    songs(query: $query, genre: $genre, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id title artist album genre } }
    }
  }
`;
const SONG = `query Song($id: ID!) { song(id: $id) { ...SongFields } } ${SONG_FIELDS}`;
const UPDATE = `mutation Update($id: ID!, $metadata: SongMetadataInput!) { updateSong(id: $id, metadata: $metadata) { ...SongFields } } ${SONG_FIELDS}`;
const DELETE = 'mutation Delete($id: ID!) { deleteSong(id: $id) }';

// A type, not an interface: GraphQLResponse's data must be assignable to Record<string, unknown>.
type SongsPage = {
  songs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: Pick<SongFields, 'id' | 'title' | 'artist' | 'album' | 'genre'> }>;
  };
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const blobPath = (key: string) => join(key.slice(0, 2), key.slice(2, 4), key);

describe.each(await testBackends())('the catalog library through the gateway ($name)', (backend) => {
  let stack: TestStack;
  let alice: SeededUser;
  let bob: SeededUser;
  /** The library, oldest first. */
  const library: SongFields[] = [];

  beforeAll(async () => {
    // Playback polls the catalog's song feed; an hour between polls keeps the catalog's statement
    // counts below about this suite's own requests.
    stack = await startStack(backend, { env: { SONG_FEED_POLL_MS: String(3_600_000) } });
    [alice, bob] = await Promise.all([seed(stack.client).user(), seed(stack.client).user()]);
    const uploads: Array<[SeededUser, string, Parameters<ReturnType<typeof seed>['song']>[2]?]> = [
      [alice, 'speech-cbr128.mp3'], // Counting Test / The Fixtures / Open Samples, Spoken Word
      [alice, 'id3v23-unicode.mp3'], // Jóga — 日本語 / Björk / Homogenic 🎵, Electronic
      [bob, 'tones-with-cover.mp3'], // Rising Tones / Sine Ensemble / Waves, Electronic
      [bob, 'id3v1-only.mp3'], // Plain Title / Latin Artist / Old Album, Jazz
      [alice, 'mpeg25-8khz.mp3', { title: 'Waves of Light', artist: 'Someone', album: 'Shore', genre: 'electronic' }],
      [alice, 'cbr-no-info-tag.mp3', { title: 'Ocean', artist: 'Waves', genre: 'Ambient' }],
      [bob, 'tone-vbr-mono.mp3', { title: 'Deep Ocean', artist: 'Nobody', album: 'Waves of Light' }],
    ];
    // One at a time: "newest first" is upload order.
    for (const [user, fixture, metadata] of uploads)
      library.push(await seed(stack.client).song(user, fixture, metadata));
  });
  afterAll(() => stack?.close());

  const songs = (variables: Record<string, unknown>, user = alice) => user.client.request<SongsPage>(SONGS, variables);
  const titles = (page: SongsPage | null | undefined) => page?.songs.edges.map((edge) => edge.node.title);
  const byTitle = (title: string) => library.find((song) => song.title === title)!;

  describe('search', () => {
    it.each([
      ['bjork', ['Jóga — 日本語']],
      ['BJÖRK', ['Jóga — 日本語']],
      ['joga', ['Jóga — 日本語']],
      ['count', ['Counting Test']],
      ['counting test', ['Counting Test']],
      ['test counting', ['Counting Test']],
      ['fixtures', ['Counting Test']],
      ['open samples', ['Counting Test']],
      ['homogenic', ['Jóga — 日本語']],
      ['ris ton', ['Rising Tones']],
      ['日本', ['Jóga — 日本語']],
      ['nothing like this', []],
      ['100%', []],
      ['_', []],
    ])('"%s" finds %j', async (query, expected) => {
      const response = await songs({ query });
      expect(response.errors).toBeUndefined();
      expect(titles(response.data)).toEqual(expected);
      expect(response.data?.songs.totalCount).toBe(expected.length);
    });

    it('ranks title matches over artist matches over album matches', async () => {
      const response = await songs({ query: 'waves' });
      // "Waves of Light" starts with it; the artist of "Ocean" is it; "Rising Tones" is on the album
      // "Waves" and "Deep Ocean" on "Waves of Light".
      expect(titles(response.data)).toEqual(['Waves of Light', 'Ocean', 'Rising Tones', 'Deep Ocean']);
    });

    it('lists newest first without a query', async () => {
      const response = await songs({});
      expect(titles(response.data)).toEqual(library.map((song) => song.title).reverse());
      expect(response.data?.songs).toMatchObject({ totalCount: 7, pageInfo: { hasNextPage: false } });
    });

    it('filters by genre, ignoring case, and lists genres once, sorted', async () => {
      const electronic = await songs({ genre: 'ELECTRONIC' });
      expect(titles(electronic.data)).toEqual(['Waves of Light', 'Rising Tones', 'Jóga — 日本語']);
      const searched = await songs({ genre: 'electronic', query: 'waves' });
      expect(titles(searched.data)).toEqual(['Waves of Light', 'Rising Tones']);
      const genres = await alice.client.request<{ genres: string[] }>('{ genres }');
      // "electronic" (typed in metadata) is the same genre as the tag "Electronic" uploaded first.
      expect(genres.data?.genres).toEqual(['Ambient', 'Electronic', 'Jazz', 'Spoken Word']);
    });

    it.each([
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
      [{ first: -1 }, 'first'],
      [{ after: 'not a cursor' }, 'after'],
      [{ after: Buffer.from('{"seq":"1; drop table songs"}').toString('base64url') }, 'after'],
      [{ query: 'x'.repeat(201) }, 'query'],
    ])('refuses %j with BAD_USER_INPUT', async (variables, field) => {
      const response = await songs(variables);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.field).toBe(field);
    });

    it('refuses a cursor from a different search', async () => {
      const first = await songs({ query: 'waves', first: 1 });
      const response = await songs({ query: 'ocean', after: first.data?.songs.pageInfo.endCursor });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.message).toMatch(/different search/);
    });

    it('resolves a page of songs and their uploaders in one query to each service', async () => {
      const catalog = stack.services.catalog as unknown as RunningCatalogService;
      const { statements, result: response } = await statementsDuring(catalog, () =>
        alice.client.request<{
          songs: { edges: Array<{ node: Pick<SongFields, 'id' | 'title' | 'uploadedBy'> }> };
        }>('{ songs(first: 100) { edges { node { id title uploadedBy { id displayName } } } } }'),
      );
      expect(response.errors).toBeUndefined();
      const uploaders = new Set(response.data?.songs.edges.map((edge) => edge.node.uploadedBy.displayName));
      expect(uploaders).toEqual(new Set([alice.displayName, bob.displayName]));
      // The page alone: nothing counts the matches when totalCount is not asked for.
      expect(statements).toBe(1);
    });

    it('counts the matches, in a second statement, only when totalCount is asked for', async () => {
      const catalog = stack.services.catalog as unknown as RunningCatalogService;
      const { statements, result: response } = await statementsDuring(catalog, () =>
        alice.client.request<{ songs: { totalCount: number; edges: unknown[] } }>(
          '{ songs(first: 1) { ...Total edges { node { id } } } } fragment Total on SongConnection { totalCount }',
        ),
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.songs.edges).toHaveLength(1);
      expect(response.data?.songs.totalCount).toBeGreaterThan(1);
      expect(statements).toBe(2);
    });

    it('batches Song entity references (the other services ask for songs by id) into one query', async () => {
      const catalog = stack.services.catalog as unknown as RunningCatalogService;
      // The body read too: the count stops once the whole answer is in.
      const { statements, result: body } = await statementsDuring(catalog, async () => {
        const response = await fetch(`${catalog.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${alice.token}` },
          body: JSON.stringify({
            query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Song { id title } } }',
            variables: {
              r: [...library, { id: '00000000-0000-4000-8000-000000000000' }, { id: 'not-a-uuid' }].map(({ id }) => ({
                __typename: 'Song',
                id,
              })),
            },
          }),
        });
        return (await response.json()) as { data: { _entities: Array<{ id: string } | null> } };
      });
      expect(body.data._entities.map((song) => song?.id ?? null)).toEqual([...library.map((s) => s.id), null, null]);
      expect(statements).toBe(1);
    });
  });

  describe('pagination', () => {
    async function allPages(variables: Record<string, unknown>, first: number) {
      const seen: string[] = [];
      let after: string | null | undefined;
      for (;;) {
        const response = await songs({ ...variables, first, after });
        expect(response.errors).toBeUndefined();
        seen.push(...(titles(response.data) ?? []));
        if (!response.data?.songs.pageInfo.hasNextPage) return seen;
        after = response.data.songs.pageInfo.endCursor;
      }
    }

    it('walks every page without repeats, with and without a query', async () => {
      expect(await allPages({}, 2)).toEqual(library.map((song) => song.title).reverse());
      expect(await allPages({ query: 'waves' }, 1)).toEqual(['Waves of Light', 'Ocean', 'Rising Tones', 'Deep Ocean']);
      expect(await allPages({ genre: 'electronic' }, 2)).toEqual(['Waves of Light', 'Rising Tones', 'Jóga — 日本語']);
    });

    it('stays stable while songs are added', async () => {
      const firstPage = await songs({ first: 3 });
      const ranked = await songs({ query: 'waves', first: 2 });
      // Newest, and the best match for "waves": it goes before both cursors.
      await seed(stack.client).song(bob, 'speech-cbr128.mp3', { title: 'Waves' });
      const next = await songs({ first: 3, after: firstPage.data?.songs.pageInfo.endCursor });
      expect(titles(next.data)).toEqual(
        library
          .map((song) => song.title)
          .reverse()
          .slice(3, 6),
      );
      expect(next.data?.songs.totalCount).toBe(8);
      const rankedNext = await songs({ query: 'waves', first: 2, after: ranked.data?.songs.pageInfo.endCursor });
      // Nothing repeats and nothing is skipped.
      expect(titles(rankedNext.data)).toEqual(['Rising Tones', 'Deep Ocean']);
      const fresh = await songs({ first: 1 });
      expect(titles(fresh.data)).toEqual(['Waves']);
      expect(titles((await songs({ query: 'waves', first: 1 })).data)).toEqual(['Waves']);
      library.push((await songs({ first: 1 })).data!.songs.edges[0]!.node as SongFields);
    });
  });

  describe('authorization', () => {
    it.each([
      ['songs', '{ songs { totalCount } }'],
      ['song', `{ song(id: "${'0'.repeat(8)}-0000-4000-8000-000000000000") { id } }`],
      ['genres', '{ genres }'],
      ['updateSong', 'mutation { updateSong(id: "x", metadata: { title: "t" }) { id } }'],
      ['deleteSong', 'mutation { deleteSong(id: "x") }'],
    ])('refuses %s when signed out with UNAUTHENTICATED', async (_name, query) => {
      const response = await stack.client.request(query);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    });

    it("refuses to change or delete someone else's song with FORBIDDEN, changing nothing", async () => {
      const song = byTitle('Counting Test'); // Alice's
      const update = await bob.client.request(UPDATE, { id: song.id, metadata: { title: 'Mine now' } });
      expect(errorCodes(update)).toEqual(['FORBIDDEN']);
      const remove = await bob.client.request(DELETE, { id: song.id });
      expect(errorCodes(remove)).toEqual(['FORBIDDEN']);
      const after = await bob.client.request<{ song: SongFields }>(SONG, { id: song.id });
      expect(after.data?.song).toMatchObject({ title: 'Counting Test', artist: 'The Fixtures' });
    });

    it.each(['00000000-0000-4000-8000-000000000000', 'not-a-uuid'])(
      'answers NOT_FOUND for an update or delete of %s',
      async (id) => {
        expect(errorCodes(await alice.client.request(UPDATE, { id, metadata: { title: 'x' } }))).toEqual(['NOT_FOUND']);
        expect(errorCodes(await alice.client.request(DELETE, { id }))).toEqual(['NOT_FOUND']);
        expect((await alice.client.request(SONG, { id })).data).toEqual({ song: null });
      },
    );
  });

  describe('changes', () => {
    it('lets the uploader change details; left-out fields stay, null removes optional ones', async () => {
      const song = byTitle('Plain Title'); // Bob's: Latin Artist / Old Album / Jazz / 1999
      const response = await bob.client.request<{ updateSong: SongFields }>(UPDATE, {
        id: song.id,
        metadata: { title: ' Plainer Title ', album: null, releaseYear: 2001 },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.updateSong).toMatchObject({
        id: song.id,
        title: 'Plainer Title',
        artist: 'Latin Artist',
        album: null,
        genre: 'Jazz',
        releaseYear: 2001,
        sha256: song.sha256,
      });
      const found = await songs({ query: 'plainer' });
      expect(titles(found.data)).toEqual(['Plainer Title']);
    });

    it.each([
      [{ title: '' }, 'title'],
      [{ artist: ' ' }, 'artist'],
      [{ releaseYear: 3000 }, 'releaseYear'],
      [{ genre: 'g'.repeat(65) }, 'genre'],
    ])('refuses %j with BAD_USER_INPUT, changing nothing', async (metadata, field) => {
      const song = byTitle('Rising Tones');
      const response = await bob.client.request(UPDATE, { id: song.id, metadata });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.field).toBe(field);
      const after = await bob.client.request<{ song: SongFields }>(SONG, { id: song.id });
      expect(after.data?.song).toMatchObject({ title: 'Rising Tones', artist: 'Sine Ensemble', genre: 'Electronic' });
    });

    it('deletes a blob only when the last song using it goes, and its cover with it', async () => {
      const { blobs } = catalogStorage(stack.dataDir);
      const audio = await readFixture('tones-with-cover.mp3');
      const original = byTitle('Rising Tones'); // Bob's
      const cover = Buffer.from(await (await fetch(`${stack.gatewayUrl}${original.coverUrl}`)).arrayBuffer());
      const [audioBlob, coverBlob] = [blobPath(sha256(audio)), blobPath(sha256(cover))];
      const before = await listFiles(blobs);
      expect(before).toEqual(expect.arrayContaining([audioBlob, coverBlob]));

      // Alice uploads the same file: one more song, no more blobs.
      const copy = await seed(stack.client).song(alice, 'tones-with-cover.mp3', { title: 'Same File' });
      expect(copy.sha256).toBe(original.sha256);
      expect(await listFiles(blobs)).toEqual(before);

      expect((await alice.client.request(DELETE, { id: copy.id })).data).toEqual({ deleteSong: true });
      expect((await alice.client.request(SONG, { id: copy.id })).data).toEqual({ song: null });
      expect(await listFiles(blobs)).toEqual(before);
      const stillThere = await bob.client.request<{ song: SongFields }>(SONG, { id: original.id });
      const stream = await fetch(`${stack.gatewayUrl}${stillThere.data?.song.streamUrl}`);
      expect(Buffer.from(await stream.arrayBuffer())).toStrictEqual(audio);

      expect((await bob.client.request(DELETE, { id: original.id })).data).toEqual({ deleteSong: true });
      expect(await listFiles(blobs)).toEqual(before.filter((path) => path !== audioBlob && path !== coverBlob));
      expect(await listFiles(catalogStorage(stack.dataDir).tmp)).toEqual([]);
      library.splice(library.indexOf(original), 1);
    });
  });

  describe('song events (the internal feed)', () => {
    const feed = async (query = '') => {
      const response = await fetch(`${stack.services.catalog!.url}/internal/song-events${query}`);
      return {
        status: response.status,
        body: (await response.json()) as { events: SongFeedEventJson[]; error?: string },
      };
    };

    it('records every creation, change and deletion, in order, in the agreed format', async () => {
      const { status, body } = await feed();
      expect(status).toBe(200);
      // What followers parse: a page they would refuse is a broken contract, not a bad day.
      expect(songFeedPage.safeParse(body).error).toBeUndefined();
      const { events } = body;
      expect(events.map((event) => event.seq)).toEqual([...events.map((event) => event.seq)].sort((a, b) => a - b));
      const counting = byTitle('Counting Test');
      expect(events[0]).toEqual({
        seq: events[0]!.seq,
        type: 'created',
        songId: counting.id,
        title: 'Counting Test',
        artist: 'The Fixtures',
        album: 'Open Samples',
        durationSeconds: counting.durationSeconds,
        // The album artist is the artist here: one id for both.
        albumId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        artistIds: [expect.stringMatching(/^[0-9a-f-]{36}$/)],
        occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      });
      expect(Math.abs(events[0]!.durationSeconds - 10.16)).toBeLessThanOrEqual(0.05);
      const plain = events.filter((event) => event.songId === byTitle('Plain Title').id);
      expect(plain.map(({ type, title, album }) => ({ type, title, album }))).toEqual([
        { type: 'created', title: 'Plain Title', album: 'Old Album' },
        { type: 'updated', title: 'Plainer Title', album: null },
      ]);
      const deletions = events.filter((event) => event.type === 'deleted').map((event) => event.title);
      expect(deletions).toEqual(['Same File', 'Rising Tones']);
      // Refused changes left no event.
      expect(events.filter((event) => event.type === 'updated')).toHaveLength(1);
    });

    it('pages with after and limit', async () => {
      const all = (await feed()).body.events;
      const page = await feed(`?after=${all[1]!.seq}&limit=2`);
      expect(page.body.events).toEqual(all.slice(2, 4));
      expect((await feed(`?after=${all.at(-1)!.seq}`)).body.events).toEqual([]);
    });

    it.each(['?after=-1', '?after=abc', '?limit=0', '?limit=1001', '?limit=1.5', '?after=1&after=2'])(
      'answers 400 to %s',
      async (query) => {
        const { status, body } = await feed(query);
        expect(status).toBe(400);
        expect(body.error).toEqual(expect.any(String));
      },
    );

    it('is not reachable through the gateway', async () => {
      const response = await fetch(`${stack.gatewayUrl}/internal/song-events`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toMatch(/"events"/);
    });
  });
});
