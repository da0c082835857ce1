import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { createAccessTokens } from '../src/access-tokens.js';

const secret = 'a test secret that is at least thirty-two characters';

describe('access tokens', () => {
  const tokens = createAccessTokens({ secret, ttlSeconds: 60 });

  it('round-trips the user, token id and expiry', () => {
    const issued = tokens.issue('user-1');
    const viewer = tokens.verify(issued.token);
    expect(viewer).toEqual({ userId: 'user-1', tokenId: issued.tokenId, expiresAt: issued.expiresAt });
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
