import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * Cross-origin access to the API: only the configured origins; with none configured, same-origin
 * only (no CORS headers at all, so browsers keep other sites from reading answers). Sign-in is a
 * bearer token, never a cookie, so credentials are not allowed cross-origin. A disallowed origin's
 * preflight gets no Allow-Origin, so the browser never sends the JSON POST behind it, and Apollo's
 * CSRF prevention refuses the "simple" requests that skip preflight.
 */
export function corsAllowList(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins.map((origin) => new URL(origin).origin));
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name'],
    exposedHeaders: ['x-request-id'],
    credentials: false,
    maxAge: 600,
  });
}
