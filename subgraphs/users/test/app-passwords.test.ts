import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { testBackends, uniqueNamespace } from '@sp0t1fy/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadUsersConfig, type RunningUsersService, startUsersService } from '../src/service.js';
import { type UsersEnvironment, usersEnvironment } from './support/users-environment.js';

interface Answer {
  // biome-ignore lint/suspicious/noExplicitAny: test responses are checked field by field
  data?: any;
  errors?: Array<{ message: string; extensions?: { code?: string; reason?: string; retryAfterSeconds?: number } }>;
}

const REGISTER =
  'mutation ($email: String!, $password: String!) { register(email: $email, password: $password) { token user { id } } }';
const CREATE =
  'mutation ($name: String!) { createAppPassword(name: $name) { password appPassword { id name createdAt lastUsedAt } } }';
const LIST = '{ me { appPasswords { id name createdAt lastUsedAt } } }';
const REVOKE = 'mutation ($id: ID!) { revokeAppPassword(id: $id) }';
const SIGN_IN =
  'mutation ($input: AppPasswordSignInInput!) { signInWithAppPassword(input: $input) { token expiresAt user { id email } } }';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');
const reasonOf = (answer: Answer) => answer.errors?.[0]?.extensions?.reason;
const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.code;

describe.each(await testBackends())('app passwords ($name)', (backend) => {
  let users: UsersEnvironment;
  let service: RunningUsersService;
  let addresses = 0;

  beforeAll(async () => {
    users = await usersEnvironment(backend, {
      REGISTRATIONS_PER_IP: '1000',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '4',
      LOGIN_MAX_FAILURES_PER_IP: '1000',
    });
    service = await startUsersService(loadUsersConfig(users.env));
  }, 120_000);
  afterAll(async () => {
    await service?.close();
    await users.remove();
  });

  /** Each test signs in from its own address (believed from loopback), so throttle counters never mix. */
  function client(url = () => service.url) {
    const address = `192.0.2.${++addresses}`;
    return async (query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> => {
      const response = await fetch(`${url()}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': address,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as Answer;
    };
  }

  async function newUser(request: ReturnType<typeof client>) {
    const email = `${uniqueNamespace()}@example.com`;
    const accountPassword = 'the account password';
    const answer = await request(REGISTER, { email, password: accountPassword });
    expect(answer.errors).toBeUndefined();
    return { email, accountPassword, token: answer.data.register.token as string, id: answer.data.register.user.id };
  }

  async function create(request: ReturnType<typeof client>, token: string, name = 'Symfonium on my phone') {
    const answer = await request(CREATE, { name }, token);
    expect(answer.errors).toBeUndefined();
    return answer.data.createAppPassword as { password: string; appPassword: { id: string; name: string } };
  }

  const signIn = (request: ReturnType<typeof client>, input: Record<string, string | undefined>) =>
    request(SIGN_IN, { input });

  it('shows a new password once, lists it without the secret and stores only its ciphertext', async () => {
    const request = client();
    const user = await newUser(request);
    const created = await create(request, user.token, '  Feishin on the desktop  ');
    expect(created.password).toMatch(/^[A-Za-z0-9]{24}$/);
    expect(created.appPassword).toMatchObject({ name: 'Feishin on the desktop', lastUsedAt: null });

    const listed = await request(LIST, {}, user.token);
    expect(listed.data.me.appPasswords).toEqual([created.appPassword]);
    expect(JSON.stringify(listed)).not.toContain(created.password);

    const rows = await sql<{ password_encrypted: Buffer; lookup_digest: Buffer }>`
      select password_encrypted, lookup_digest from app_passwords where id = ${created.appPassword.id}`.execute(
      service.runtime.db,
    );
    const [row] = rows.rows;
    expect(row).toBeDefined();
    for (const stored of [row!.password_encrypted, row!.lookup_digest]) {
      expect(stored.includes(Buffer.from(created.password))).toBe(false);
      expect(stored.toString('hex')).not.toContain(Buffer.from(created.password).toString('hex'));
    }
    // AES-GCM: a 12-byte IV and a 16-byte tag around the 24 bytes.
    expect(row!.password_encrypted).toHaveLength(12 + 24 + 16);

    // Unset in configuration, so generated into DATA_DIR for the next start.
    expect((await readFile(join(users.dataDir, 'app-password-key'), 'utf8')).length).toBeGreaterThanOrEqual(32);
  });

  it('signs in with email and password, email and token and salt, or the password as an API key', async () => {
    const request = client();
    const user = await newUser(request);
    const { password, appPassword } = await create(request, user.token);
    const salt = 'c19b2d';
    const forms = [
      { email: user.email.toUpperCase(), password },
      { email: user.email, token: md5(password + salt), salt },
      { apiKey: password },
    ];
    for (const input of forms) {
      const before = Date.now();
      const answer = await signIn(request, input);
      expect(answer.errors, JSON.stringify(input)).toBeUndefined();
      const payload = answer.data.signInWithAppPassword;
      expect(payload.user).toEqual({ id: user.id, email: user.email });
      const lifetime = new Date(payload.expiresAt).getTime() - before;
      expect(lifetime).toBeGreaterThan(4 * 60_000);
      expect(lifetime).toBeLessThanOrEqual(5 * 60_000 + 1_000);
      // The same kind of token as login's: the account answers to it.
      expect((await request('{ me { id } }', {}, payload.token)).data.me.id).toBe(user.id);
    }

    const listed = (await request(LIST, {}, user.token)).data.me.appPasswords;
    expect(listed[0].id).toBe(appPassword.id);
    expect(new Date(listed[0].lastUsedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('does not let an app password manage app passwords', async () => {
    const request = client();
    const user = await newUser(request);
    const { password, appPassword } = await create(request, user.token);
    const { token } = (await signIn(request, { apiKey: password })).data.signInWithAppPassword;

    for (const answer of [
      await request(CREATE, { name: 'a successor' }, token),
      await request(REVOKE, { id: appPassword.id }, token),
      await request(LIST, {}, token),
    ]) {
      expect(codeOf(answer)).toBe('FORBIDDEN');
      expect(reasonOf(answer)).toBe('APP_PASSWORD_SESSION');
    }
    expect((await request(LIST, {}, user.token)).data.me.appPasswords).toHaveLength(1);
  });

  it('answers each wrong credential with its reason', async () => {
    const request = client();
    const user = await newUser(request);
    const other = await newUser(request);
    const withoutAppPasswords = await newUser(request);
    const { password } = await create(request, user.token);
    const otherPassword = (await create(request, other.token)).password;
    const salt = 'a1b2c3';
    const wrong = `${password.slice(0, -1)}${password.endsWith('a') ? 'b' : 'a'}`;

    const cases: Array<[string, Record<string, string>, string]> = [
      ['a wrong password', { email: user.email, password: wrong }, 'WRONG_CREDENTIALS'],
      ['the account password', { email: user.email, password: user.accountPassword }, 'WRONG_CREDENTIALS'],
      ["another user's app password", { email: user.email, password: otherPassword }, 'WRONG_CREDENTIALS'],
      ['an unknown email', { email: 'nobody@example.com', password }, 'WRONG_CREDENTIALS'],
      ['a wrong token', { email: user.email, token: md5(wrong + salt), salt }, 'WRONG_CREDENTIALS'],
      ['a wrong salt', { email: user.email, token: md5(password + salt), salt: 'other' }, 'WRONG_CREDENTIALS'],
      ['a token that is not hex', { email: user.email, token: 'x'.repeat(32), salt }, 'WRONG_CREDENTIALS'],
      [
        'an unknown email with a token',
        { email: 'nobody@example.com', token: md5(password + salt), salt },
        'WRONG_CREDENTIALS',
      ],
      [
        'a token for an account without app passwords',
        { email: withoutAppPasswords.email, token: md5(`anything${salt}`), salt },
        'TOKEN_AUTH_UNSUPPORTED',
      ],
      ['a wrong API key', { apiKey: wrong }, 'INVALID_API_KEY'],
      ['an API key of another shape', { apiKey: "' or 1=1 --" }, 'INVALID_API_KEY'],
    ];
    // Failures from this address count towards the throttle: spread them over the accounts' limits.
    for (const [label, input, reason] of cases) {
      const answer = await client()(SIGN_IN, { input });
      expect(codeOf(answer), label).toBe('UNAUTHENTICATED');
      expect(reasonOf(answer), label).toBe(reason);
      expect(answer.data, label).toBeNull();
    }

    for (const input of [
      {},
      { email: user.email },
      { apiKey: password, email: user.email },
      { email: user.email, password, token: md5(password + salt), salt },
      { email: user.email, token: md5(password + salt) },
    ]) {
      const answer = await signIn(client(), input);
      expect(codeOf(answer), JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
  });

  it('stops a revoked password at once, in every form', async () => {
    const request = client();
    const user = await newUser(request);
    const kept = await create(request, user.token, 'kept');
    const revoked = await create(request, user.token, 'revoked');
    const salt = 'f00d';
    expect((await signIn(request, { apiKey: revoked.password })).errors).toBeUndefined();

    expect((await request(REVOKE, { id: revoked.appPassword.id }, user.token)).data.revokeAppPassword).toBe(true);

    expect(reasonOf(await signIn(client(), { apiKey: revoked.password }))).toBe('INVALID_API_KEY');
    expect(reasonOf(await signIn(client(), { email: user.email, password: revoked.password }))).toBe(
      'WRONG_CREDENTIALS',
    );
    expect(reasonOf(await signIn(client(), { email: user.email, token: md5(revoked.password + salt), salt }))).toBe(
      'WRONG_CREDENTIALS',
    );
    expect(
      (await signIn(request, { email: user.email, token: md5(kept.password + salt), salt })).errors,
    ).toBeUndefined();
    expect((await request(LIST, {}, user.token)).data.me.appPasswords.map((row: { name: string }) => row.name)).toEqual(
      ['kept'],
    );
    expect(codeOf(await request(REVOKE, { id: revoked.appPassword.id }, user.token))).toBe('NOT_FOUND');

    await request(REVOKE, { id: kept.appPassword.id }, user.token);
    // No app password left: token sign-in is not available for the account.
    expect(reasonOf(await signIn(client(), { email: user.email, token: md5(kept.password + salt), salt }))).toBe(
      'TOKEN_AUTH_UNSUPPORTED',
    );
  });

  it('throttles failures like login, while parallel successes never count', async () => {
    const request = client();
    const user = await newUser(request);
    const { password } = await create(request, user.token);

    // A player loading covers signs in for each request at once.
    const parallel = await Promise.all(Array.from({ length: 12 }, () => signIn(request, { apiKey: password })));
    expect(parallel.map((answer) => answer.errors)).toEqual(parallel.map(() => undefined));

    for (let failure = 0; failure < 4; failure++) {
      expect(reasonOf(await signIn(request, { email: user.email, password: 'A'.repeat(24) }))).toBe(
        'WRONG_CREDENTIALS',
      );
    }
    const throttled = await signIn(request, { email: user.email, password });
    expect(codeOf(throttled)).toBe('UNAUTHENTICATED');
    expect(reasonOf(throttled)).toBe('TOO_MANY_ATTEMPTS');
    expect(throttled.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(throttled.errors?.[0]?.message).toMatch(/Try again in \d+ minutes?/);
    // Login shares the counters: the account is throttled from this address for both.
    expect(
      (
        await request(
          'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
          { email: user.email, password: user.accountPassword },
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe('TOO_MANY_REQUESTS');

    // Another address is not affected.
    expect((await signIn(client(), { email: user.email, password })).errors).toBeUndefined();
  });

  it("keeps a user's app passwords from everyone else", async () => {
    const request = client();
    const owner = await newUser(request);
    const other = await newUser(request);
    const { password, appPassword } = await create(request, owner.token);

    const entities = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { id appPasswords { id } } } }`;
    const asOther = await request(entities, { representations: [{ __typename: 'User', id: owner.id }] }, other.token);
    expect(asOther.data._entities[0].appPasswords).toBeNull();
    expect(codeOf(asOther)).toBe('FORBIDDEN');
    const signedOut = await request(entities, { representations: [{ __typename: 'User', id: owner.id }] });
    expect(codeOf(signedOut)).toBe('UNAUTHENTICATED');

    for (const id of [appPassword.id, 'not-an-id', "'; drop table app_passwords; --"]) {
      expect(codeOf(await request(REVOKE, { id }, other.token)), id).toBe('NOT_FOUND');
    }
    expect(codeOf(await request(REVOKE, { id: appPassword.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await request(CREATE, { name: 'signed out' }))).toBe('UNAUTHENTICATED');
    expect((await signIn(request, { apiKey: password })).errors).toBeUndefined();
  });

  it('refuses bad names and more than 25 app passwords, even created at once', async () => {
    const request = client();
    const user = await newUser(request);
    for (const [name, reason] of [
      ['', 'EMPTY'],
      ['   ', 'EMPTY'],
      ['x'.repeat(101), 'TOO_LONG'],
      ['tab\there', 'CONTROL_CHARACTERS'],
    ]) {
      const answer = await request(CREATE, { name }, user.token);
      expect(codeOf(answer), name).toBe('BAD_USER_INPUT');
      expect(reasonOf(answer), name).toBe(reason);
    }
    expect((await create(request, user.token, 'x'.repeat(100))).appPassword.name).toHaveLength(100);

    const answers = await Promise.all(
      Array.from({ length: 26 }, (_, index) => request(CREATE, { name: `app ${index}` }, user.token)),
    );
    const refused = answers.filter((answer) => answer.errors);
    expect(refused).toHaveLength(2);
    for (const answer of refused) expect(reasonOf(answer)).toBe('TOO_MANY_APP_PASSWORDS');
    expect((await request(LIST, {}, user.token)).data.me.appPasswords).toHaveLength(25);
  }, 60_000);

  it('updates lastUsedAt at most once a minute', async () => {
    const request = client();
    const user = await newUser(request);
    const { password, appPassword } = await create(request, user.token);
    const lastUsed = async () =>
      (await request(LIST, {}, user.token)).data.me.appPasswords[0].lastUsedAt as string | null;

    await signIn(request, { apiKey: password });
    const first = await lastUsed();
    expect(first).not.toBeNull();
    await signIn(request, { apiKey: password });
    expect(await lastUsed()).toBe(first);

    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await sql`update app_passwords set last_used_at = ${twoMinutesAgo} where id = ${appPassword.id}`.execute(
      service.runtime.db,
    );
    await signIn(request, { apiKey: password });
    expect(new Date((await lastUsed()) ?? 0).getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + 60_000);
  });

  // Two instances at once need a shared database: PostgreSQL only (an embedded one has one process).
  it.skipIf(!backend.postgresUrl)(
    'revokes on every instance at once, and an instance under another key reads no app password',
    async () => {
      const request = client();
      const user = await newUser(request);
      const { password, appPassword } = await create(request, user.token);
      const salt = 'beef';
      // The same DATA_DIR: the generated key the first instance saved.
      const twin = await startUsersService(loadUsersConfig(users.env));
      const otherKey = await startUsersService(
        loadUsersConfig({ ...users.env, APP_PASSWORD_KEY: 'another key that is at least thirty-two characters' }),
      );
      try {
        const onTwin = client(() => twin.url);
        expect((await signIn(onTwin, { apiKey: password })).errors).toBeUndefined();
        expect((await signIn(onTwin, { email: user.email, token: md5(password + salt), salt })).errors).toBeUndefined();

        const onOtherKey = client(() => otherKey.url);
        expect(reasonOf(await signIn(onOtherKey, { apiKey: password }))).toBe('INVALID_API_KEY');
        expect(reasonOf(await signIn(onOtherKey, { email: user.email, token: md5(password + salt), salt }))).toBe(
          'WRONG_CREDENTIALS',
        );

        expect((await request(REVOKE, { id: appPassword.id }, user.token)).data.revokeAppPassword).toBe(true);
        expect(reasonOf(await signIn(onTwin, { apiKey: password }))).toBe('INVALID_API_KEY');
      } finally {
        await twin.close();
        await otherKey.close();
      }
    },
    60_000,
  );

  it('refuses a short APP_PASSWORD_KEY at start', () => {
    expect(() => loadUsersConfig({ DATA_DIR: users.dataDir, APP_PASSWORD_KEY: 'too short' })).toThrow(
      /APP_PASSWORD_KEY/,
    );
  });
});
