import type { ApolloServer } from '@apollo/server';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { GatewayContext } from '../context.js';
import { SubsonicCode, SubsonicError } from './errors.js';

/** A typed operation document (GraphQL Code Generator's TypedDocumentString, documentMode string). */
export type Operation<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

/** Who the operations run as: the request's own identity, as /graphql would see it. */
export interface Caller {
  requestId: string;
  clientIp?: string | undefined;
  /** An access token (from signInWithAppPassword); absent for the sign-in itself. */
  token?: string | undefined;
}

export interface GraphQLFailure {
  message: string;
  extensions?: Record<string, unknown>;
}

export type Execute = <TResult, TVariables>(
  operation: Operation<TResult, TVariables>,
  variables: TVariables,
  caller: Caller,
) => Promise<TResult>;

/** Codes whose error decides the answer even when the rest of the data came back. */
const DECISIVE = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT']);

/**
 * Runs operations against the composed schema inside this process (apollo.executeOperation), with
 * the caller's token in the context exactly as the HTTP route puts it: the subgraphs authorise it.
 */
export function createExecutor(
  apollo: ApolloServer<GatewayContext>,
  mapErrors: (errors: readonly GraphQLFailure[]) => SubsonicError = subsonicErrorOf,
): Execute {
  return async (operation, variables, caller) => {
    const response = await apollo.executeOperation(
      { query: operation.toString(), variables: variables as Record<string, unknown> },
      {
        contextValue: {
          requestId: caller.requestId,
          clientIp: caller.clientIp,
          ...(caller.token ? { authorization: `Bearer ${caller.token}` } : {}),
        },
      },
    );
    if (response.body.kind !== 'single') throw new SubsonicError(SubsonicCode.GENERIC, 'Unexpected incremental answer');
    const { data, errors } = response.body.singleResult;
    const failures = (errors ?? []) as readonly GraphQLFailure[];
    const decisive = failures.filter((error) => DECISIVE.has(String(error.extensions?.code)));
    if (decisive.length > 0 || (failures.length > 0 && !data)) throw mapErrors(decisive.length ? decisive : failures);
    // A degraded answer (a subgraph down behind a nullable field) is still an answer, as in the web app.
    // In-process results carry scalars as the subgraphs' values (a DateTime is a Date object); the
    // round trip gives them the wire form the codegen'd types promise (DateTime: string), as /graphql would.
    return JSON.parse(JSON.stringify(data ?? null)) as never;
  };
}

export function subsonicErrorOf(errors: readonly GraphQLFailure[]): SubsonicError {
  const first = errors[0];
  const message = first?.message ?? 'The request failed';
  switch (first?.extensions?.code) {
    case 'UNAUTHENTICATED':
      return new SubsonicError(SubsonicCode.WRONG_CREDENTIALS, message);
    case 'FORBIDDEN':
      return new SubsonicError(SubsonicCode.NOT_AUTHORIZED, message);
    case 'NOT_FOUND':
      return new SubsonicError(SubsonicCode.NOT_FOUND, message);
    default:
      return new SubsonicError(SubsonicCode.GENERIC, message);
  }
}
