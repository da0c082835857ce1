import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger.js';

/** The `extensions.code` values clients can rely on. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  TooManyRequests: 'TOO_MANY_REQUESTS',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

type Extensions = Record<string, unknown>;

const error =
  (code: string, status: number) =>
  (message: string, extensions: Extensions = {}) =>
    new GraphQLError(message, { extensions: { ...extensions, code, http: { status } } });

export const badUserInput = error(ErrorCode.BadUserInput, 200);
export const unauthenticated = error(ErrorCode.Unauthenticated, 200);
export const forbidden = error(ErrorCode.Forbidden, 200);
export const notFound = error(ErrorCode.NotFound, 200);
export const tooManyRequests = error(ErrorCode.TooManyRequests, 200);
/** The change was made against a stale copy (an expected version that is no longer current). */
export const conflict = error(ErrorCode.Conflict, 200);
/** Another service this answer needs cannot be reached (named, for clients and logs); retrying may help. */
export const serviceUnavailable = (message: string, serviceName: string, cause?: unknown) =>
  new GraphQLError(message, {
    originalError: cause instanceof Error ? cause : undefined,
    extensions: { code: ErrorCode.ServiceUnavailable, serviceName, http: { status: 200 } },
  });

/**
 * Codes that describe the request, not the server: safe to show as they are. Apollo Server's own
 * request errors (parse, validation, bad request) are among them.
 */
const expectedCodes = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.Internal),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'DOWNSTREAM_SERVICE_ERROR',
  'SUBREQUEST_HTTP_ERROR',
  'GATEWAY_TIMEOUT',
]);

/**
 * Error masking: expected errors pass with their code; anything else is logged whole and replaced
 * by a generic message, so internals (SQL, paths, stack traces) never leave the server.
 */
export function maskErrors(logger: Logger): NonNullable<ApolloServerOptions<BaseContext>['formatError']> {
  return (formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && expectedCodes.has(code)) {
      const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving a request');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.Internal },
    };
  };
}
