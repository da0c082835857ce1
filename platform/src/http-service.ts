import { randomUUID } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler, type Express, type Request } from 'express';
import type { Logger } from './logger.js';

export const REQUEST_ID_HEADER = 'x-request-id';

declare module 'express-serve-static-core' {
  interface Request {
    /** Carried from the gateway to every subgraph, and on every log line of the request. */
    requestId: string;
    log: Logger;
  }
}

export interface HttpServiceOptions {
  logger: Logger;
  /** Resolves when the service can serve (its database answers); rejects otherwise. */
  ready: () => Promise<void>;
  /** Express "trust proxy": which peers' X-Forwarded-For names the client. */
  trustProxy: string;
}

/** An express app with what every service has: request ids, request logging, /health and /ready. */
export function createHttpApp({ logger, ready, trustProxy }: HttpServiceOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  // req.log, the request's child logger, is made when first used: most requests log nothing, and a
  // child per request was about 1 % of a service's time per request (bench/PROFILE.md, scenario 2).
  Object.defineProperty(app.request, 'log', {
    configurable: true,
    get(this: Request) {
      const log = logger.child({ reqId: this.requestId });
      Object.defineProperty(this, 'log', { value: log, writable: true, configurable: true });
      return log;
    },
    set(this: Request, log: Logger) {
      Object.defineProperty(this, 'log', { value: log, writable: true, configurable: true });
    },
  });
  app.use((req, res, next) => {
    const incoming = req.get(REQUEST_ID_HEADER);
    req.requestId = incoming && /^[\w.-]{1,128}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader(REQUEST_ID_HEADER, req.requestId);
    if (!logger.isLevelEnabled('debug')) return next();
    const started = performance.now();
    res.on('finish', () => {
      req.log.debug(
        {
          method: req.method,
          url: redactQuery(req),
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    });
    next();
  });
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (req, res) => {
    try {
      await ready();
      res.json({ status: 'ready' });
    } catch (error) {
      req.log.warn({ err: error }, 'not ready');
      res.status(503).json({ status: 'unavailable' });
    }
  });
  return app;
}

/**
 * The last handler of every service: an error that escaped a route is answered in JSON, like every
 * other error (a body that is not JSON, or too large, as a 4xx; anything else masked as a 500),
 * never with Express's HTML page, which shows a stack trace outside production.
 */
export function answerErrorsAsJson(): ErrorRequestHandler {
  return (error, req, res, next) => {
    // Too late for an answer: Express's own handler ends the connection.
    if (res.headersSent) return next(error);
    const { status, type, expose, message } = (error ?? {}) as {
      status?: unknown;
      type?: unknown;
      expose?: unknown;
      message?: unknown;
    };
    const clientError = typeof status === 'number' && status >= 400 && status < 500;
    if (!clientError) req.log.error({ err: error }, 'unexpected error in a route');
    const [code, text] = !clientError
      ? ['INTERNAL_SERVER_ERROR', 'Internal server error']
      : type === 'entity.parse.failed'
        ? ['BAD_REQUEST', 'The request body is not valid JSON']
        : status === 413
          ? ['PAYLOAD_TOO_LARGE', 'The request body is too large']
          : ['BAD_REQUEST', expose === true && typeof message === 'string' ? message : 'Bad request'];
    res.status(clientError ? status : 500).json({ errors: [{ message: text, extensions: { code } }] });
  };
}

/** Signed URLs carry their signature in the query string; keep it out of logs. */
function redactQuery(req: Request): string {
  return req.originalUrl.split('?')[0] ?? req.originalUrl;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export async function listen(
  handler: RequestListener,
  { host, port }: { host: string; port: number },
): Promise<RunningServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Uploads and audio can take longer than Node's default request timeout of 5 minutes.
  server.requestTimeout = 0;
  server.headersTimeout = 60_000;
  server.keepAliveTimeout = 65_000;
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Streams in flight (audio, uploads) get a moment to finish, then are cut.
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      }),
  };
}
