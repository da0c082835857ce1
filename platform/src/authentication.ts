import { type AccessTokens, bearerToken, type Viewer } from './access-tokens.js';
import { unauthenticated } from './errors.js';
import type { Revocations } from './revocations.js';

/** A request's authentication, checked once and only when a resolver asks for it. */
export interface RequestAuth {
  /** The signed-in user, or null when the request carries no token; a bad token is UNAUTHENTICATED. */
  viewer(): Promise<Viewer | null>;
  /** The signed-in user; UNAUTHENTICATED when signed out. */
  requireViewer(): Promise<Viewer>;
}

export type Authenticator = (authorizationHeader: string | undefined) => RequestAuth;

export function createAuthenticator(accessTokens: AccessTokens, revocations: Revocations): Authenticator {
  return (authorizationHeader) => {
    let checked: Promise<Viewer | null> | undefined;
    const viewer = () => {
      checked ??= (async () => {
        const token = bearerToken(authorizationHeader);
        if (!token) return null;
        const verified = accessTokens.verify(token);
        if (await revocations.isRevoked(verified.tokenId)) {
          throw unauthenticated('This session has been signed out; sign in again', { reason: 'TOKEN_REVOKED' });
        }
        return verified;
      })();
      return checked;
    };
    return {
      viewer,
      async requireViewer() {
        const signedIn = await viewer();
        if (!signedIn) throw unauthenticated('Sign in to do this', { reason: 'SIGNED_OUT' });
        return signedIn;
      },
    };
  };
}
