import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { createAccessTokens } from '../src/access-tokens.js';

const secret = 'a test secret that is at least thirty-two characters';

describe('access tokens', () => {
  const tokens = createAccessTokens({ secret, ttlSeconds: 60 });

  it('round-trips the user, token id and expiry', () => {
    const issued = tokens.issue('user-1');
    const viewer = tokens.verify(issued.token);
    expect(viewer).toEqual({
      userId: 'user-1',
      tokenId: issued.tokenId,
      expiresAt: issued.expiresAt,
      viaAppPassword: false,
    });
  });

  it('issues a shorter-lived token marked as an app password one, verified with the same key', () => {
    const before = Date.now();
    const issued = tokens.issue('user-1', { ttlSeconds: 5, viaAppPassword: true });
    expect(issued.expiresAt.getTime()).toBeLessThanOrEqual(before + 6_000);
    expect(tokens.verify(issued.token)).toMatchObject({ userId: 'user-1', viaAppPassword: true });
    // The marker is a claim of the signed token: a client cannot add it to, or strip it from, a token.
    const login = tokens.issue('user-1');
    const [header, , signature] = login.token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...(jwt.decode(login.token) as object), 'sp0t1fy:app': false }),
    ).toString('base64url');
    expect(() => tokens.verify(`${header}.${forged}.${signature}`)).toThrow();
  });

  it.each([
    [
      'another algorithm',
      jwt.sign({ sub: 'u', jti: 'j' }, secret, {
        algorithm: 'HS512',
        issuer: 'sp0t1fy',
        audience: 'sp0t1fy',
        expiresIn: 60,
      }),
    ],
    [
      'another issuer',
      jwt.sign({ sub: 'u', jti: 'j' }, secret, {
        algorithm: 'HS256',
        issuer: 'evil',
        audience: 'sp0t1fy',
        expiresIn: 60,
      }),
    ],
    [
      'another audience',
      jwt.sign({ sub: 'u', jti: 'j' }, secret, {
        algorithm: 'HS256',
        issuer: 'sp0t1fy',
        audience: 'evil',
        expiresIn: 60,
      }),
    ],
    [
      'no expiry',
      jwt.sign({ sub: 'u', jti: 'j' }, secret, { algorithm: 'HS256', issuer: 'sp0t1fy', audience: 'sp0t1fy' }),
    ],
    [
      'no token id',
      jwt.sign({ sub: 'u' }, secret, { algorithm: 'HS256', issuer: 'sp0t1fy', audience: 'sp0t1fy', expiresIn: 60 }),
    ],
  ])('refuses a token with %s as UNAUTHENTICATED', (_case, token) => {
    expect(() => tokens.verify(token)).toThrowError(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
  });
});
