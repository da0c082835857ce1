import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { REQUEST_ID_HEADER } from '@sp0t1fy/platform';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context.js';
import { serviceFailure } from './service-failure.js';

/**
 * Sends a subgraph the caller's credentials and request id (each subgraph verifies the token itself,
 * and logs of one request line up across services), and turns a subgraph that is down or too slow
 * into an error that names it, while the rest of the query still answers.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly serviceName: string,
    options: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
  ) {
    super(options);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!('requestId' in context)) return;
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    // Subgraphs (private, on loopback) believe this header from the gateway: login throttling is per client IP.
    if (context.clientIp) request.http?.headers.set('x-forwarded-for', context.clientIp);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code) throw error;
      // A 4xx with a GraphQL body (a variable the subgraph's scalar refuses, say) is the request's
      // fault, not an outage: its errors go to the client as the subgraph wrote them.
      const refusal = graphQLErrorsIn(error);
      if (refusal) return { errors: refusal };
      throw serviceFailure(this.serviceName, error);
    }
  }
}

/** The errors of a subgraph's non-2xx GraphQL answer, as RemoteGraphQLDataSource.errorFromResponse keeps it. */
function graphQLErrorsIn(error: unknown): GatewayGraphQLResponse['errors'] | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const response = error.extensions.response as { status?: unknown; body?: unknown } | undefined;
  const status = typeof response?.status === 'number' ? response.status : 0;
  const body = response?.body as { errors?: unknown } | undefined;
  if (status < 400 || status >= 500 || !Array.isArray(body?.errors) || body.errors.length === 0) return undefined;
  return body.errors;
}
