import { testBackends } from '@sp0t1fy/platform/testing';
import type { RunningUsersService } from '@sp0t1fy/users';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEAKED_INTERNALS, postGraphQL, type RawResponse } from './support/http.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import { catalogStorage, listFiles, readFixture, type SongFields, uploadFile } from './support/uploads.js';

/**
 * Property tests: every mutation's arguments (and the library's search arguments), filled with
 * hostile values. Each answer is a result or an expected refusal — never a 5xx, never an internal
 * error, never internals in the text — and a refused call changes nothing.
 */

const HOSTILE_CONSTANTS = [
  "'; DROP TABLE users; --",
  "' OR '1'='1' --",
  'Robert"); DELETE FROM songs WHERE ("1"="1',
  '\u0000',
  'nul\u0000inside',
  '\ud800',
  'lone \udfff surrogate',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00%2e%2e%2f',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j-style lookup, sent as text
  '${jndi:ldap://example.com/a}',
  '<script>alert(1)</script>',
  '{{7*7}}',
  '\u202e\u0646\u0635 RTL',
  'é'.normalize('NFD').repeat(300),
  '\t\n\r ',
  '',
  ' ',
  'x'.repeat(100_000),
  "' OR 1=1 --".repeat(10_000),
  '💥'.repeat(50_000),
];
const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_CONSTANTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 50 }) },
);
const hostileId = fc.oneof(
  hostileString,
  fc.uuid(),
  fc.constantFrom('0', '-1', '00000000-0000-0000-0000-000000000000'),
);
const hostileNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(-0, -1, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e308, 5e-324, 86_400, 86_400.0001),
);

/** Codes that describe the request; anything else (INTERNAL_SERVER_ERROR above all) fails the property. */
const EXPECTED_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
]);

let nextAddress = 1;

// A fixed seed keeps CI deterministic; FAST_CHECK_SEED explores others (a failure prints its seed).
fc.configureGlobal({ seed: Number(process.env.FAST_CHECK_SEED ?? 20261126) });

describe.each(await testBackends())('hostile arguments in every mutation ($name)', (backend) => {
  let stack: TestStack;
  let owner: SeededUser;
  let song: SongFields;

  /** One request; each property run speaks from its own address, so login throttling stays out of the way. */
  async function call(query: string, variables: Record<string, unknown>, token?: string): Promise<RawResponse> {
    const response = await postGraphQL(
      stack.gatewayUrl,
      { query, variables },
      {
        'x-forwarded-for': `203.0.113.${(nextAddress++ % 250) + 1}`,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    );
    const label = `${query} ${JSON.stringify(variables).slice(0, 300)}: ${response.text.slice(0, 500)}`;
    expect(response.status, label).toBeLessThan(500);
    expect(response.text, label).not.toMatch(LEAKED_INTERNALS);
    for (const error of response.json?.errors ?? []) expect(EXPECTED_CODES, label).toContain(error.extensions?.code);
    return response;
  }
  const refused = (response: RawResponse) => (response.json?.errors?.length ?? 0) > 0;

  const usersCount = async () => {
    const { db } = (stack.services.users as RunningUsersService).runtime;
    const row = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const SONG_STATE = /* GraphQL */ `
    query ($id: ID!) {
      song(id: $id) { title artist album genre releaseYear sha256 playCount myPlayCount }
      songs(first: 100) { totalCount }
      me { history(first: 100) { totalCount } }
    }
  `;
  const songState = async () => {
    const response = await call(SONG_STATE, { id: song.id }, owner.token);
    const storage = catalogStorage(stack.dataDir);
    return { data: response.json?.data, blobs: await listFiles(storage.blobs) };
  };

  beforeAll(async () => {
    stack = await startStack(backend);
    owner = await seed(stack.client).user();
    song = await seed(stack.client).song(owner, 'id3v1-only.mp3');
  });
  afterAll(() => stack?.close());

  it('register: a refused sign-up creates no account', async () => {
    const email = fc.oneof(
      hostileString,
      fc.emailAddress(),
      hostileString.map((s) => `${s}@example.com`),
    );
    await fc.assert(
      fc.asyncProperty(email, hostileString, fc.option(hostileString), async (address, password, displayName) => {
        const before = await usersCount();
        const response = await call(
          'mutation ($e: String!, $p: String!, $d: String) { register(email: $e, password: $p, displayName: $d) { user { id displayName } } }',
          { e: address, p: password, d: displayName },
        );
        expect(await usersCount()).toBe(refused(response) ? before : before + 1);
      }),
      { numRuns: 40 },
    );
  });

  it('login: hostile credentials are refused and change nothing', async () => {
    const before = await usersCount();
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString, fc.constant(owner.email)), hostileString, async (email, password) => {
        const response = await call(
          'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          { e: email, p: password },
        );
        expect(refused(response)).toBe(true);
      }),
      { numRuns: 40 },
    );
    expect(await usersCount()).toBe(before);
    const stillWorks = await call('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: owner.email,
      p: owner.password,
    });
    expect(refused(stillWorks)).toBe(false);
  });

  it('signInWithAppPassword: hostile credentials are refused and change nothing', async () => {
    const created = await call('mutation { createAppPassword(name: "hostile test") { password } }', {}, owner.token);
    const password = (created.json?.data as { createAppPassword?: { password: string } } | undefined)?.createAppPassword
      ?.password;
    expect(password).toMatch(/^[A-Za-z0-9]{24}$/);
    const appPasswords = () =>
      (stack.services.users as RunningUsersService).runtime.db.selectFrom('app_passwords').selectAll().execute();
    const before = await appPasswords();
    const part = fc.option(fc.oneof(hostileString, fc.constant(owner.email)), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(
        fc.record({ email: part, password: part, token: part, salt: part, apiKey: part }),
        async (input) => {
          const response = await call(
            'mutation ($input: AppPasswordSignInInput!) { signInWithAppPassword(input: $input) { token } }',
            { input },
          );
          expect(refused(response)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
    expect(await appPasswords()).toEqual(before);
    const stillWorks = await call(
      'mutation ($input: AppPasswordSignInInput!) { signInWithAppPassword(input: $input) { token } }',
      { input: { email: owner.email, password } },
    );
    expect(refused(stillWorks)).toBe(false);
  });

  it('createAppPassword and revokeAppPassword: hostile names and ids store clean text or nothing', async () => {
    const count = async () => {
      const { db } = (stack.services.users as RunningUsersService).runtime;
      const rows = await db.selectFrom('app_passwords').select('name').execute();
      return rows.length;
    };
    await fc.assert(
      fc.asyncProperty(hostileString, hostileId, async (name, id) => {
        const before = await count();
        const response = await call(
          'mutation ($n: String!) { createAppPassword(name: $n) { password appPassword { name } } }',
          { n: name },
          owner.token,
        );
        const stored = (
          response.json?.data as { createAppPassword?: { appPassword: { name: string } } } | null | undefined
        )?.createAppPassword?.appPassword.name;
        if (stored !== undefined) {
          // biome-ignore lint/suspicious/noControlCharactersInRegex: a stored name has none
          expect(stored).not.toMatch(/[\u0000-\u001f\u007f]/);
          expect(stored.length).toBeGreaterThan(0);
          expect(stored.length).toBeLessThanOrEqual(100);
        }
        expect(await count()).toBe(refused(response) ? before : before + 1);
        const revoked = await call('mutation ($id: ID!) { revokeAppPassword(id: $id) }', { id }, owner.token);
        expect(refused(revoked)).toBe(true);
        expect(await count()).toBe(refused(response) ? before : before + 1);
      }),
      { numRuns: 40 },
    );
  });

  it('updateSong: a refused change leaves the song as it was; an accepted one stores clean text', async () => {
    const metadata = fc.record(
      {
        title: fc.option(hostileString),
        artist: fc.option(hostileString),
        album: fc.option(hostileString),
        genre: fc.option(hostileString),
        releaseYear: fc.option(hostileNumber),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constant(song.id), hostileId), metadata, async (id, details) => {
        const before = await songState();
        const response = await call(
          'mutation ($id: ID!, $m: SongMetadataInput!) { updateSong(id: $id, metadata: $m) { title artist album genre } }',
          { id, m: details },
          owner.token,
        );
        if (refused(response)) {
          expect(await songState()).toEqual(before);
          return;
        }
        const updated =
          (response.json?.data as { updateSong?: Record<string, string | null> } | undefined)?.updateSong ?? {};
        for (const value of Object.values(updated)) {
          // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must not be stored
          if (value !== null) expect(value).not.toMatch(/[\u0000-\u001f\u007f]/);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('deleteSong: hostile ids delete nothing', async () => {
    const before = await songState();
    await fc.assert(
      fc.asyncProperty(hostileId, async (id) => {
        const response = await call('mutation ($id: ID!) { deleteSong(id: $id) }', { id }, owner.token);
        expect(refused(response)).toBe(true);
      }),
      { numRuns: 40 },
    );
    expect(await songState()).toEqual(before);
  });

  it('recordPlayback: a refused event records nothing', async () => {
    const action = fc.oneof(fc.constantFrom('PLAY', 'PAUSE', 'RESUME', 'SEEK', 'STOP', 'COMPLETE'), hostileString);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant(song.id), hostileId),
        action,
        fc.option(hostileNumber),
        async (songId, what, position) => {
          const before = await songState();
          const response = await call(
            'mutation ($s: ID!, $a: PlaybackAction!, $p: Float) { recordPlayback(songId: $s, action: $a, positionSeconds: $p) { id positionSeconds } }',
            { s: songId, a: what, p: position },
            owner.token,
          );
          if (refused(response)) expect(await songState()).toEqual(before);
          else {
            const recorded = (response.json?.data as { recordPlayback?: { positionSeconds: number } } | undefined)
              ?.recordPlayback;
            expect(recorded?.positionSeconds).toBeGreaterThanOrEqual(0);
            expect(recorded?.positionSeconds).toBeLessThanOrEqual(song.durationSeconds);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('uploadSong: hostile metadata is refused before anything is stored, or stored clean', async () => {
    const bytes = await readFixture('tone-vbr-mono.mp3');
    const metadata = fc.record(
      {
        title: hostileString,
        artist: hostileString,
        album: hostileString,
        genre: hostileString,
        releaseYear: hostileNumber,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(metadata, async (details) => {
        const before = await songState();
        const response = await uploadFile(stack.gatewayUrl, {
          token: owner.token,
          bytes,
          filename: 'hostile.mp3',
          metadata: details as never,
          headers: { 'x-forwarded-for': '203.0.113.254' },
        });
        expect(response.status).toBeLessThan(500);
        expect(JSON.stringify(response)).not.toMatch(LEAKED_INTERNALS);
        for (const error of response.errors ?? []) expect(EXPECTED_CODES).toContain(error.extensions?.code);
        const created = response.data?.uploadSong;
        if (created) {
          // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must not be stored
          expect(`${created.title}${created.artist}${created.album ?? ''}`).not.toMatch(/[\u0000-\u001f\u007f]/);
          const deleted = await call('mutation ($id: ID!) { deleteSong(id: $id) }', { id: created.id }, owner.token);
          expect(refused(deleted)).toBe(false);
        }
        expect(await songState()).toEqual(before);
        expect(await listFiles(catalogStorage(stack.dataDir).tmp)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });

  it('songs, song, topSongs and history: hostile search text, cursors and sizes answer or are refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(hostileString),
        fc.option(hostileString),
        fc.option(hostileNumber),
        fc.option(hostileString),
        async (query, genre, first, after) => {
          await call(
            'query ($q: String, $g: String, $f: Int, $a: String) { songs(query: $q, genre: $g, first: $f, after: $a) { totalCount edges { node { id } } } }',
            { q: query, g: genre, f: first, a: after },
            owner.token,
          );
          await call('query ($id: ID!) { song(id: $id) { id } }', { id: query ?? '' }, owner.token);
          await call(
            'query ($f: Int, $s: DateTime) { topSongs(first: $f, since: $s) { id } }',
            { f: first, s: after },
            owner.token,
          );
          await call(
            'query ($f: Int, $a: String) { me { history(first: $f, after: $a) { totalCount } } }',
            { f: first, a: after },
            owner.token,
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
