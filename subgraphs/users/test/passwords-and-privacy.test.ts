import { testBackends } from '@sp0t1fy/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadUsersConfig, type RunningUsersService, startUsersService } from '../src/service.js';
import { type UsersEnvironment, usersEnvironment } from './support/users-environment.js';

async function request(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: test responses are checked field by field
  return (await response.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> };
}

const REGISTER =
  'mutation ($email: String!, $password: String!) { register(email: $email, password: $password) { token user { id } } }';
const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

describe.each(await testBackends())('the users subgraph ($name)', (backend) => {
  let users: UsersEnvironment;
  beforeAll(async () => {
    users = await usersEnvironment(backend, { REGISTRATIONS_PER_IP: '1000' });
  });
  afterAll(() => users.remove());

  async function withService<T>(overrides: Record<string, string>, run: (service: RunningUsersService) => Promise<T>) {
    const service = await startUsersService(loadUsersConfig({ ...users.env, ...overrides }));
    try {
      return await run(service);
    } finally {
      await service.close();
    }
  }

  const storedHash = (service: RunningUsersService, email: string) =>
    sql<{ password_hash: string }>`select password_hash from users where email = ${email}`
      .execute(service.runtime.db)
      .then((result) => result.rows[0]?.password_hash);

  // Starts the service three times; opening an embedded database takes seconds on a busy machine.
  it('stores argon2id hashes at OWASP cost and rehashes on sign-in when the cost is raised', {
    timeout: 180_000,
  }, async () => {
    const email = 'rehash@example.com';
    const password = 'a password worth keeping';
    const before = await withService({}, async (service) => {
      expect((await request(service.url, REGISTER, { email, password })).errors).toBeUndefined();
      return storedHash(service, email);
    });
    expect(before).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);

    const after = await withService({ ARGON2_ITERATIONS: '3' }, async (service) => {
      expect((await request(service.url, LOGIN, { email, password })).errors).toBeUndefined();
      return storedHash(service, email);
    });
    expect(after).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=3\$/);

    await withService({ ARGON2_ITERATIONS: '3' }, async (service) => {
      expect((await request(service.url, LOGIN, { email, password })).errors).toBeUndefined();
      expect(await storedHash(service, email)).toBe(after);
    });
  });

  it('refuses argon2 parameters below OWASP minimum at start', () => {
    expect(() => loadUsersConfig({ ...users.env, ARGON2_MEMORY_KIB: '4096' })).toThrow(/ARGON2_MEMORY_KIB/);
    expect(() => loadUsersConfig({ ...users.env, ARGON2_ITERATIONS: '1' })).toThrow(/ARGON2_ITERATIONS/);
  });

  it('shows an email only to its owner when another subgraph resolves the user', { timeout: 120_000 }, async () => {
    await withService({}, async (service) => {
      const owner = (await request(service.url, REGISTER, { email: 'owner@example.com', password: 'owner password' }))
        .data.register;
      const other = (await request(service.url, REGISTER, { email: 'other@example.com', password: 'other password' }))
        .data.register;
      const entities = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { id email displayName } } }`;
      const representations = [{ __typename: 'User', id: owner.user.id }];

      const asOwner = await request(service.url, entities, { representations }, owner.token);
      expect(asOwner.data._entities[0]).toMatchObject({ id: owner.user.id, email: 'owner@example.com' });
      const asOther = await request(service.url, entities, { representations }, other.token);
      expect(asOther.data._entities[0]).toMatchObject({ id: owner.user.id, email: null, displayName: 'owner' });
      const signedOut = await request(service.url, entities, { representations });
      expect(signedOut.data._entities[0].email).toBeNull();

      const unknown = await request(service.url, entities, {
        representations: [
          { __typename: 'User', id: 'not-a-uuid' },
          { __typename: 'User', id: '00000000-0000-4000-8000-000000000000' },
        ],
      });
      expect(unknown.data._entities).toEqual([null, null]);
    });
  });
});
