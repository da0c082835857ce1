import { createSecretKey, randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { unauthenticated } from './errors.js';

const ALGORITHM = 'HS256';
const ISSUER = 'sp0t1fy';
const AUDIENCE = 'sp0t1fy';
/** A private claim (RFC 7519 §4.3) marking tokens that an app password signed in for. */
const APP_PASSWORD_CLAIM = 'sp0t1fy:app';

/** Who a verified access token speaks for. */
export interface Viewer {
  userId: string;
  tokenId: string;
  expiresAt: Date;
  /**
   * True for a token an app password signed in for (a Subsonic app): it may use the account but not
   * manage its app passwords, so a leaked app password cannot mint itself a successor.
   */
  viaAppPassword: boolean;
}

export interface IssueOptions {
  /** Shorter than the default for tokens the caller uses for one request (the Subsonic API). */
  ttlSeconds?: number;
  viaAppPassword?: boolean;
}

export interface IssuedToken {
  token: string;
  tokenId: string;
  expiresAt: Date;
}

export interface AccessTokens {
  issue(userId: string, options?: IssueOptions): IssuedToken;
  /** Checks signature, algorithm, issuer, audience and expiry; throws UNAUTHENTICATED otherwise. */
  verify(token: string): Viewer;
}

export function createAccessTokens({ secret, ttlSeconds }: { secret: string; ttlSeconds: number }): AccessTokens {
  // Given the secret as a string, jsonwebtoken first tries to parse it as a PEM public key on every
  // call (an exception each time) before making it a secret key: over a quarter of a subgraph's CPU
  // per request (bench/PROFILE.md, scenario 2). Made once here, it is the same HMAC key.
  const key = createSecretKey(Buffer.from(secret));
  return {
    issue(userId, options = {}) {
      const tokenId = randomUUID();
      const token = jwt.sign(options.viaAppPassword ? { [APP_PASSWORD_CLAIM]: true } : {}, key, {
        algorithm: ALGORITHM,
        subject: userId,
        jwtid: tokenId,
        issuer: ISSUER,
        audience: AUDIENCE,
        expiresIn: options.ttlSeconds ?? ttlSeconds,
      });
      const { exp } = jwt.decode(token) as { exp: number };
      return { token, tokenId, expiresAt: new Date(exp * 1000) };
    },
    verify(token) {
      let claims: jwt.JwtPayload;
      try {
        // The algorithm list is pinned: a token that names `none` or an RSA algorithm is refused.
        claims = jwt.verify(token, key, {
          algorithms: [ALGORITHM],
          issuer: ISSUER,
          audience: AUDIENCE,
        }) as jwt.JwtPayload;
      } catch (error) {
        const expired = error instanceof jwt.TokenExpiredError;
        throw unauthenticated(expired ? 'Your session has expired; sign in again' : 'Invalid access token', {
          reason: expired ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID',
        });
      }
      if (typeof claims.sub !== 'string' || typeof claims.jti !== 'string' || typeof claims.exp !== 'number') {
        throw unauthenticated('Invalid access token', { reason: 'TOKEN_INVALID' });
      }
      return {
        userId: claims.sub,
        tokenId: claims.jti,
        expiresAt: new Date(claims.exp * 1000),
        viaAppPassword: claims[APP_PASSWORD_CLAIM] === true,
      };
    },
  };
}

/** The token in an `Authorization: Bearer <token>` header, or null when there is none. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1])
    throw unauthenticated('The Authorization header must be "Bearer <token>"', { reason: 'TOKEN_INVALID' });
  return match[1];
}
