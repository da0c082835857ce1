import { GraphQLError } from 'graphql';

/**
 * A subgraph that failed to answer (down, too slow, or throwing outside its own error handling)
 * becomes an error naming it, so the rest of the query still answers. Errors that already carry a
 * code (a refusal of the request) pass unchanged.
 */
export function serviceFailure(serviceName: string, error: unknown): GraphQLError {
  if (error instanceof GraphQLError && error.extensions.code) return error;
  const timedOut = error instanceof Error && /timeout|aborted/i.test(`${error.name} ${error.message}`);
  return new GraphQLError(
    timedOut ? `The ${serviceName} service did not answer in time` : `The ${serviceName} service is unavailable`,
    { extensions: { code: timedOut ? 'GATEWAY_TIMEOUT' : 'SERVICE_UNAVAILABLE', serviceName } },
  );
}
