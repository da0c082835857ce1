import { testBackends, uniqueNamespace } from '@sp0t1fy/platform/testing';
import type { RunningUsersService } from '@sp0t1fy/users';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEAKED_INTERNALS, postGraphQL } from './support/http.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';

const PER_ACCOUNT = 5;
const PER_IP = 50;
const WINDOW_SECONDS = 15 * 60;
/** Accounts one address may create per hour here (the default is 10; seeded users come from loopback). */
const REGISTRATIONS = 12;

/** A login per alias, each with its own credentials, in one request. */
const loginsQuery = (count: number) =>
  `mutation (${Array.from({ length: count }, (_, i) => `$e${i}: String!, $p${i}: String!`).join(', ')}) { ${Array.from(
    { length: count },
    (_, i) => `a${i}: login(email: $e${i}, password: $p${i}) { token }`,
  ).join(' ')} }`;

let nextAddress = 1;
/** Each test speaks from addresses of its own (the gateway believes X-Forwarded-For from loopback). */
const freshIp = () => `198.51.100.${nextAddress++}`;

describe.each(await testBackends())('login throttling ($name)', (backend) => {
  let stack: TestStack;
  const namespace = uniqueNamespace();
  beforeAll(async () => {
    stack = await startStack(backend, {
      env: { CACHE_NAMESPACE: namespace, REGISTRATIONS_PER_IP: String(REGISTRATIONS) },
    });
  });
  afterAll(() => stack?.close());

  /** Each login's error code, 'OK', or 'NO_RESULT' (see below), in order, for one request of aliased logins from `ip`. */
  async function logins(ip: string, attempts: Array<{ email: string; password: string }>) {
    const variables = Object.fromEntries(
      attempts.flatMap((a, i) => [
        [`e${i}`, a.email],
        [`p${i}`, a.password],
      ]),
    );
    const response = await postGraphQL(
      stack.gatewayUrl,
      { query: loginsQuery(attempts.length), variables },
      { 'x-forwarded-for': ip },
    );
    expect(response.status).toBe(200);
    expect(response.text).not.toMatch(LEAKED_INTERNALS);
    const errors = response.json?.errors ?? [];
    const data = response.json?.data as Record<string, { token?: string }> | null | undefined;
    return attempts.map((_, i) => {
      const error = errors.find((candidate) => (candidate as { path?: string[] }).path?.[0] === `a${i}`);
      if (error) return { code: error.extensions?.code as string, error };
      // login is non-null: one failed alias nulls the whole answer, and the aliases after it never run.
      return { code: data?.[`a${i}`]?.token ? 'OK' : 'NO_RESULT', error: undefined };
    });
  }
  const wrong = (user: SeededUser, n = 1) =>
    Array.from({ length: n }, (_, i) => ({ email: user.email, password: `wrong ${i}` }));
  const right = (user: SeededUser) => [{ email: user.email, password: user.password }];
  const usersStatements = () => (stack.services.users as RunningUsersService).runtime.databaseStats.statements;

  it(`refuses an account's ${PER_ACCOUNT + 1}th attempt from one address, saying when to retry`, async () => {
    const user = await seed(stack.client).user();
    const ip = freshIp();
    for (let i = 0; i < PER_ACCOUNT; i++) expect((await logins(ip, wrong(user)))[0]?.code).toBe('UNAUTHENTICATED');

    // Even the right password waits now: the throttle answers before the password is looked at.
    const [throttled] = await logins(ip, right(user));
    expect(throttled?.code).toBe('TOO_MANY_REQUESTS');
    const retryAfterSeconds = throttled?.error?.extensions?.retryAfterSeconds as number;
    expect(retryAfterSeconds).toBeGreaterThan(0);
    expect(retryAfterSeconds).toBeLessThanOrEqual(WINDOW_SECONDS);
    expect(throttled?.error?.message).toMatch(/^Too many sign-in attempts\. Try again in \d+ minutes?\.$/);

    // The same account from another address, and another account from this one, are unaffected.
    expect((await logins(freshIp(), right(user)))[0]?.code).toBe('OK');
    const other = await seed(stack.client).user();
    expect((await logins(ip, right(other)))[0]?.code).toBe('OK');
  });

  /** One request per attempt, as a client with no aliases would send them. */
  async function oneByOne(ip: string, attempts: Array<{ email: string; password: string }>) {
    const codes: string[] = [];
    for (const attempt of attempts) codes.push((await logins(ip, [attempt]))[0]?.code ?? 'missing');
    return codes;
  }

  it('forgets an account’s failures after a successful sign-in', async () => {
    const user = await seed(stack.client).user();
    const ip = freshIp();
    expect(await oneByOne(ip, wrong(user, PER_ACCOUNT - 1))).toEqual(Array(PER_ACCOUNT - 1).fill('UNAUTHENTICATED'));
    expect(await oneByOne(ip, right(user))).toEqual(['OK']);
    expect(await oneByOne(ip, wrong(user, PER_ACCOUNT))).toEqual(Array(PER_ACCOUNT).fill('UNAUTHENTICATED'));
    expect(await oneByOne(ip, right(user))).toEqual(['TOO_MANY_REQUESTS']);
  });

  it('checks every aliased login of a request on its own, before any SQL or argon2 runs', async () => {
    const user = await seed(stack.client).user();
    const ip = freshIp();
    // login is non-null, so a failed alias ends the mutation: 15 guesses in one request are one guess.
    let before = usersStatements();
    const guesses = await logins(ip, wrong(user, 15));
    expect(guesses.map((r) => r.code)).toEqual(['UNAUTHENTICATED', ...Array(14).fill('NO_RESULT')]);
    expect(usersStatements() - before).toBe(1);
    await oneByOne(ip, wrong(user, PER_ACCOUNT - 1));

    // The throttle is asked per login field: the first alias (another account) runs, the second is refused.
    const other = await seed(stack.client).user();
    before = usersStatements();
    const mixed = await logins(ip, [...right(other), ...right(user)]);
    expect(mixed.map((r) => r.code)).toEqual(['NO_RESULT', 'TOO_MANY_REQUESTS']);
    // One account lookup (the first alias ran); the throttled one reached neither SQL nor argon2.
    expect(usersStatements() - before).toBe(1);
  });

  it(`refuses an address after ${PER_IP} failures over many accounts (a password spray)`, async () => {
    const ip = freshIp();
    const spray = Array.from({ length: PER_IP }, (_, i) => ({
      email: `sprayed-${i}@example.com`,
      password: 'Summer2026!',
    }));
    expect(await oneByOne(ip, spray)).toEqual(Array(PER_IP).fill('UNAUTHENTICATED'));
    const user = await seed(stack.client).user();
    const [refused] = await logins(ip, right(user));
    expect(refused?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused?.error?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect((await logins(freshIp(), right(user)))[0]?.code).toBe('OK');
  });

  it(`refuses an address's ${REGISTRATIONS + 1}th new account within the hour, before hashing or writing`, async () => {
    const register = async (ip: string, email: string) => {
      const response = await postGraphQL(
        stack.gatewayUrl,
        {
          query: 'mutation ($email: String!) { register(email: $email, password: "a long passphrase") { token } }',
          variables: { email },
        },
        { 'x-forwarded-for': ip },
      );
      expect(response.status).toBe(200);
      return response.json?.errors?.[0] ?? null;
    };
    const ip = freshIp();
    for (let i = 0; i < REGISTRATIONS; i++) expect(await register(ip, `newcomer-${ip}-${i}@example.com`)).toBeNull();

    const before = usersStatements();
    const refused = await register(ip, `one-too-many-${ip}@example.com`);
    expect(refused?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused?.message).toMatch(/^Too many new accounts from this address\. Try again in \d+ minutes?\.$/);
    expect(usersStatements() - before).toBe(0);
    // Signing in is unaffected, and so are other addresses.
    expect((await logins(ip, right(await seed(stack.client).user())))[0]?.code).toBe('OK');
    expect(await register(freshIp(), `one-too-many-${ip}@example.com`)).toBeNull();
  });

  it.runIf(backend.redisUrl)('keeps its counts in Redis under the deployment’s namespace', async () => {
    const redis = new Redis(backend.redisUrl as string);
    try {
      const keys = await redis.keys(`${namespace}:users:login-failures-*`);
      expect(keys.length).toBeGreaterThan(0);
      // Addresses and hashed accounts only: no email in clear.
      expect(keys.join(' ')).not.toMatch(/@/);
    } finally {
      redis.disconnect();
    }
  });
});
