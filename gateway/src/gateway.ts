import type { RequestListener } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  answerErrorsAsJson,
  apolloServerDefaults,
  createHttpApp,
  createLogger,
  type Logger,
  listen,
  type RunningSubgraph,
  uploadMiddleware,
} from '@sp0t1fy/platform';
import express from 'express';
import type { GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';
import { InProcessDataSource } from './in-process-data-source.js';
import { mediaProxy } from './media-proxy.js';
import { corsAllowList } from './security-cors.js';
import { queryLimits } from './security-limits.js';
import { createSubgraphFetcher } from './subgraph-fetcher.js';
import { subsonicRouter } from './subsonic/router.js';
import { loadSupergraphSdl } from './supergraph.js';
import { UploadingDataSource } from './upload-data-source.js';
import { resolveWebDist, serveWebApp } from './web-app.js';

export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

export interface GatewayOptions {
  logger?: Logger;
  /** Subgraphs running in this process, by name: called directly, their public routes mounted here. */
  hosted?: ReadonlyMap<string, RunningSubgraph>;
  /** The composed supergraph; schema/supergraph.graphql by default. */
  supergraphSdl?: string;
}

export async function startGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<RunningGateway> {
  const logger =
    options.logger ?? createLogger({ service: 'gateway', level: config.LOG_LEVEL, format: config.LOG_FORMAT });
  const hosted = options.hosted ?? new Map<string, RunningSubgraph>();
  const subgraphs = new Map(config.subgraphs.map((subgraph) => [subgraph.name, subgraph]));
  for (const subgraph of subgraphs.values()) {
    if (!subgraph.url && !hosted.has(subgraph.name)) {
      throw new Error(`The ${subgraph.name} subgraph has no URL and is not hosted in this process`);
    }
  }
  const subgraphFetcher = createSubgraphFetcher({ timeoutMs: config.SUBGRAPH_TIMEOUT_MS });

  // @apollo/gateway otherwise sends usage metrics to Apollo and probes cloud metadata addresses
  // (169.254.169.254 and the like) at start. A self-hosted product keeps its traffic to itself; the
  // library offers no option but this variable.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? (await loadSupergraphSdl()),
    logger,
    buildService: ({ name, url }) => {
      const inProcess = hosted.get(name);
      if (inProcess) return new InProcessDataSource(inProcess);
      const configured = subgraphs.get(name)?.url;
      // Files in a request's variables are streamed to the subgraph as a multipart request.
      return new UploadingDataSource(
        name,
        { url: configured ? new URL('/graphql', configured).toString() : url, fetcher: subgraphFetcher.fetch },
        { maxBytes: config.MAX_UPLOAD_BYTES, responseTimeoutMs: config.SUBGRAPH_TIMEOUT_MS },
      );
    },
  });

  const defaults = apolloServerDefaults({ logger, nodeEnv: config.NODE_ENV });
  const limits = queryLimits();
  const apollo = new ApolloServer<GatewayContext>({
    ...defaults,
    ...limits,
    plugins: [...defaults.plugins, ...limits.plugins],
    gateway,
  });
  await apollo.start();

  // Ready when the subgraphs in this process are; remote ones report for themselves.
  const ready = async () => {
    await Promise.all([...hosted.values()].map((subgraph) => subgraph.ready()));
  };
  const app = createHttpApp({ logger, ready, trustProxy: config.TRUST_PROXY });
  // Express would hash every GraphQL answer (SHA-1) for an ETag no client revalidates with: answers
  // are POSTed and per viewer. Media keep the catalog's own ETag (the proxy passes headers through).
  app.set('etag', false);
  const publicPaths = config.subgraphs.flatMap((subgraph) => subgraph.publicPaths);
  app.use(['/graphql', ...publicPaths], corsAllowList(config.CORS_ORIGINS));
  const mediaRoutes = [...subgraphs.values()].flatMap((subgraph) => {
    const inProcess = hosted.get(subgraph.name);
    // In one process the subgraph's own handlers answer (no proxy); otherwise its bytes are piped through.
    const handler = inProcess ? withFullPath(inProcess.publicRouter) : mediaProxy(subgraph.url as string);
    return subgraph.publicPaths.map((path) => ({ path, handler }));
  });
  for (const { path, handler } of mediaRoutes) app.use(path, onlyGetAndHead, handler, notFound);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    ...uploadMiddleware(config.MAX_UPLOAD_BYTES),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        requestId: req.requestId,
        authorization: req.get('authorization'),
        clientIp: req.ip,
      }),
    }),
  );
  // The Subsonic API, a client of the supergraph like the web app; its media are the same signed routes.
  app.use(
    '/rest',
    corsAllowList(config.CORS_ORIGINS),
    subsonicRouter({
      apollo,
      serveMedia: (req, res, path) => {
        const route = mediaRoutes.find((candidate) => path.startsWith(`${candidate.path}/`));
        if (!route) return notFound(req, res, () => {});
        // The signed path as if the client had asked for it; a form POST reads media like a GET.
        req.url = path;
        req.originalUrl = path;
        if (req.method !== 'HEAD') req.method = 'GET';
        route.handler(req, res, () => notFound(req, res, () => {}));
      },
    }),
  );
  // Service-to-service routes (each subgraph's /internal/*) are never served at the public edge.
  app.use('/internal', (_req, res) => {
    res.status(404).json({ error: 'Not found' });
  });
  serveWebApp(app, resolveWebDist(config.WEB_DIST_DIR), publicPaths);
  app.use(answerErrorsAsJson());

  const server = await listen(mediaFastPath(config, hosted, app, logger), {
    host: config.GATEWAY_HOST,
    port: config.PORT,
  });
  logger.info({ url: server.url }, 'gateway listening');
  return {
    url: server.url,
    async close() {
      await server.close();
      await apollo.stop();
      subgraphFetcher.close();
    },
  };
}

/**
 * A subgraph's router declares its routes with their full paths (/media/songs/...): under `app.use(path)`
 * Express strips the path, so it is put back for the router and restored after.
 */
function withFullPath(router: express.Router): express.RequestHandler {
  return (req, res, next) => {
    const stripped = req.url;
    req.url = req.originalUrl;
    router(req, res, (error?: unknown) => {
      req.url = stripped;
      next(error);
    });
  };
}

/** Public paths serve bytes (audio, covers): nothing there takes a body. */
const onlyGetAndHead: express.RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD') return next();
  res.setHeader('Allow', 'GET, HEAD');
  res.status(405).end();
};

const notFound: express.RequestHandler = (_req, res) => {
  res.status(404).json({ error: 'Not found' });
};

/**
 * In one process, GET and HEAD under a hosted subgraph's public paths (the catalog's /media) go
 * straight to its router, before Express: a 256 KiB Range request paid as much again for the
 * gateway's Express stack as for the catalog's own work (bench/PROFILE.md). The routers answer their
 * own errors and headers; what they do not match, and every cross-origin setup (CORS_ORIGINS), takes
 * the ordinary way through `app`.
 */
function mediaFastPath(
  config: GatewayConfig,
  hosted: ReadonlyMap<string, RunningSubgraph>,
  app: express.Express,
  logger: Logger,
): RequestListener {
  if (config.CORS_ORIGINS.length > 0) return app;
  const routes = config.subgraphs.flatMap((subgraph) => {
    const inProcess = hosted.get(subgraph.name);
    return inProcess
      ? subgraph.publicPaths.map((path) => ({ prefix: `${path}/`, router: inProcess.publicRouter }))
      : [];
  });
  if (routes.length === 0) return app;
  return (req, res) => {
    const route =
      req.method === 'GET' || req.method === 'HEAD'
        ? routes.find(({ prefix }) => req.url?.startsWith(prefix))
        : undefined;
    if (!route) return app(req, res);
    route.router(req as express.Request, res as express.Response, (error?: unknown) => {
      if (!error) return app(req, res);
      logger.error({ err: error }, 'unexpected error in a media route');
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"Internal server error"}');
    });
  };
}
