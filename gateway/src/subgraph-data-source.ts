import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { REQUEST_ID_HEADER } from '@sp0t1fy/platform';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context.js';

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
      const timedOut = error instanceof Error && /timeout|aborted/i.test(`${error.name} ${error.message}`);
      throw new GraphQLError(
        timedOut
          ? `The ${this.serviceName} service did not answer in time`
          : `The ${this.serviceName} service is unavailable`,
        { extensions: { code: timedOut ? 'GATEWAY_TIMEOUT' : 'SERVICE_UNAVAILABLE', serviceName: this.serviceName } },
      );
    }
  }
}
