import { testBackends } from '@sp0t1fy/platform/testing';
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from './support/client.js';
import { seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';

const ME = 'query { me { id email displayName createdAt } }';
const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt user { id email } } }';
const REGISTER =
  'mutation ($email: String!, $password: String!, $displayName: String) { register(email: $email, password: $password, displayName: $displayName) { token expiresAt user { id email displayName } } }';

describe.each(await testBackends())('accounts through the gateway ($name)', (backend) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack(backend);
  });
  afterAll(() => stack?.close());

  it('registers, signs in and answers me for the token holder only', async () => {
    const registered = await stack.client.request<{
      register: { token: string; expiresAt: string; user: { id: string; email: string; displayName: string } };
    }>(REGISTER, { email: '  Ada@Example.COM ', password: 'analytical engine', displayName: 'Ada' });
    expect(registered.errors).toBeUndefined();
    const { token, user, expiresAt } = registered.data!.register;
    expect(user).toMatchObject({ email: 'ada@example.com', displayName: 'Ada' });
    const lifetimeSeconds = (Date.parse(expiresAt) - Date.now()) / 1000;
    expect(lifetimeSeconds).toBeGreaterThan(3500);
    expect(lifetimeSeconds).toBeLessThanOrEqual(3600);

    const me = await stack.client.as(token).request<{ me: { id: string; email: string } }>(ME);
    expect(me.data?.me).toMatchObject({ id: user.id, email: 'ada@example.com', displayName: 'Ada' });

    const signedOut = await stack.client.request(ME);
    expect(signedOut.data).toEqual({ me: null });

    const login = await stack.client.request<{ login: { token: string; user: { id: string } } }>(LOGIN, {
      email: 'ADA@example.com',
      password: 'analytical engine',
    });
    expect(login.data?.login.user.id).toBe(user.id);
  });

  it('treats emails as the same regardless of case', async () => {
    const first = await seed(stack.client).user({ email: 'grace@example.com' });
    const again = await stack.client.request(REGISTER, { email: 'GRACE@example.com', password: 'another password' });
    expect(errorCodes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors?.[0]?.message).toMatch(/already exists/);
    expect(again.errors?.[0]?.extensions?.field).toBe('email');
    const login = await stack.client.request<{ login: { user: { id: string } } }>(LOGIN, {
      email: 'Grace@Example.com',
      password: first.password,
    });
    expect(login.data?.login.user.id).toBe(first.id);
  });

  it.each([
    ['not-an-email', 'long enough password', 'email', /valid email/],
    ['short@example.com', 'short', 'password', /at least 8/],
    ['long@example.com', 'x'.repeat(129), 'password', /at most 128/],
    ['blank@example.com', '          ', 'password', /only spaces/],
    ['same@example.com', 'SAME@example.com', 'password', /cannot be your email/],
  ])('refuses %s / %j with a clear BAD_USER_INPUT', async (email, password, field, message) => {
    const response = await stack.client.request(REGISTER, { email, password });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.field).toBe(field);
    expect(response.errors?.[0]?.message).toMatch(message);
    const login = await stack.client.request(LOGIN, { email, password });
    expect(errorCodes(login)).toEqual(['UNAUTHENTICATED']);
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const user = await seed(stack.client).user();
    const wrongPassword = await stack.client.request(LOGIN, { email: user.email, password: 'not the password' });
    const unknownEmail = await stack.client.request(LOGIN, { email: 'nobody@example.com', password: user.password });
    expect(errorCodes(wrongPassword)).toEqual(['UNAUTHENTICATED']);
    expect(wrongPassword.errors?.[0]?.message).toBe(unknownEmail.errors?.[0]?.message);
    expect(JSON.stringify(wrongPassword)).not.toMatch(/stack|at \w+ \(/);
  });

  it('refuses forged, unsigned, expired and signed-out tokens with UNAUTHENTICATED', async () => {
    const user = await seed(stack.client).user();
    const claims = jwt.decode(user.token) as jwt.JwtPayload;
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
    const wrongSignature = jwt.sign({ ...claims }, 'a different secret that is long enough', { algorithm: 'HS256' });
    const [header, payload] = user.token.split('.');
    const tampered = `${header}.${base64url({ ...claims, sub: '00000000-0000-0000-0000-000000000000' })}.${user.token.split('.')[2]}`;
    const expired = jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 }, stack.secret, {
      algorithm: 'HS256',
    });
    expect(payload).toBeDefined();

    for (const token of [unsigned, wrongSignature, tampered, expired, 'garbage']) {
      const response = await stack.client.as(token).request(ME);
      expect(errorCodes(response), token).toEqual(['UNAUTHENTICATED']);
    }

    expect((await user.client.request(ME)).data?.me).toMatchObject({ id: user.id });
    const logout = await user.client.request<{ logout: boolean }>('mutation { logout }');
    expect(logout.data?.logout).toBe(true);
    const afterLogout = await user.client.request(ME);
    expect(errorCodes(afterLogout)).toEqual(['UNAUTHENTICATED']);
    expect(afterLogout.errors?.[0]?.extensions?.reason).toBe('TOKEN_REVOKED');

    const signedOutLogout = await stack.client.request('mutation { logout }');
    expect(errorCodes(signedOutLogout)).toEqual(['UNAUTHENTICATED']);
  });
});

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
