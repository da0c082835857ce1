import { randomUUID } from 'node:crypto';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { RunningSubgraph } from '@sp0t1fy/platform';
import type { GatewayContext } from './context.js';
import { serviceFailure } from './service-failure.js';

/**
 * A subgraph in the gateway's own process (the one-process layout), called without HTTP: the
 * request goes to the subgraph's Apollo Server with the caller's credentials, as a remote subgraph
 * would get them in headers. Uploads stay the gateway's Upload objects, so a file streams from the
 * client's request into the catalog with no second multipart encoding.
 */
export class InProcessDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(private readonly subgraph: RunningSubgraph) {}

  async process({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    // Health checks and other gateway-internal requests come without a client's context.
    const client: Partial<GatewayContext> = 'requestId' in context ? context : {};
    const requestId = client.requestId ?? randomUUID();
    try {
      return await this.subgraph.execute(
        {
          query: request.query,
          operationName: request.operationName,
          variables: request.variables,
          extensions: request.extensions,
        },
        {
          authorization: client.authorization,
          requestId,
          clientIp: client.clientIp ?? 'unknown',
          log: this.subgraph.runtime.logger.child({ reqId: requestId }),
        },
      );
    } catch (error) {
      throw serviceFailure(this.subgraph.name, error);
    }
  }
}
