import { Client, cacheExchange, fetchExchange, makeOperation, mapExchange } from 'urql';
import { currentToken, EXPIRED_NOTICE, endSession, REVOKED_NOTICE } from '../session/session-store';

type HeaderMap = Record<string, string>;

/** Adds the signed-in user's token to each request, remembering which token the request carried. */
const sessionExchange = mapExchange({
  onOperation(operation) {
    const token = currentToken();
    const base = operation.context.fetchOptions;
    const options = (typeof base === 'function' ? base() : base) ?? {};
    const headers: HeaderMap = { ...(options.headers as HeaderMap | undefined) };
    if (token) headers.authorization = `Bearer ${token}`;
    return makeOperation(operation.kind, operation, {
      ...operation.context,
      sentToken: token,
      fetchOptions: { ...options, headers },
    });
  },
  onResult(result) {
    // Only the token this response answered for can be declared dead: a newer sign-in stays.
    const sent = result.operation.context.sentToken as string | null | undefined;
    if (!sent || sent !== currentToken()) return;
    const refused = result.error?.graphQLErrors.find(
      (error) =>
        error.extensions?.code === 'UNAUTHENTICATED' && String(error.extensions?.reason ?? '').startsWith('TOKEN_'),
    );
    if (refused) endSession(refused.extensions?.reason === 'TOKEN_EXPIRED' ? EXPIRED_NOTICE : REVOKED_NOTICE);
  },
});

/** One client per session, so a signed-out user never sees the previous user's cached data. */
export function createApiClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, sessionExchange, fetchExchange],
    // Queries go as POST: the API's CSRF protection refuses GET requests without a preflight header.
    preferGetMethod: false,
  });
}
