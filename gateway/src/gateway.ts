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
  uploadMiddleware,
} from '@sp0t1fy/platform';
import express from 'express';
import type { GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';
import { mediaProxy } from './media-proxy.js';
import { corsAllowList } from './security-cors.js';
import { queryLimits } from './security-limits.js';
import { SubgraphDataSource } from './subgraph-data-source.js';
import { createSubgraphFetcher } from './subgraph-fetcher.js';
import { loadSupergraphSdl } from './supergraph.js';
import { UploadingDataSource } from './upload-data-source.js';
import { resolveWebDist, serveWebApp } from './web-app.js';

export { type GatewayConfig, loadGatewayConfig } from './config.js';

export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

export async function startGateway(
  config: GatewayConfig,
  logger: Logger = createLogger({ service: 'gateway', level: config.LOG_LEVEL, format: config.LOG_FORMAT }),
): Promise<RunningGateway> {
  const subgraphUrls: Record<string, string> = {
    users: config.USERS_URL,
    catalog: config.CATALOG_URL,
    playback: config.PLAYBACK_URL,
  };
  const subgraphFetcher = createSubgraphFetcher({ timeoutMs: config.SUBGRAPH_TIMEOUT_MS });

  // @apollo/gateway otherwise sends usage metrics to Apollo and probes cloud metadata addresses
  // (169.254.169.254 and the like) at start. A self-hosted product keeps its traffic to itself; the
  // library offers no option but this variable.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: await loadSupergraphSdl(),
    logger,
    buildService: ({ name, url }) => {
      const options = {
        url: subgraphUrls[name] ? new URL('/graphql', subgraphUrls[name]).toString() : url,
        fetcher: subgraphFetcher.fetch,
      };
      // The catalog takes files (uploadSong): they are streamed to it as multipart requests.
      return name === 'catalog'
        ? new UploadingDataSource(name, options, {
            maxBytes: config.MAX_UPLOAD_BYTES,
            responseTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
          })
        : new SubgraphDataSource(name, options);
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

  const app = createHttpApp({ logger, ready: async () => {}, trustProxy: config.TRUST_PROXY });
  // Express would hash every GraphQL answer (SHA-1) for an ETag no client revalidates with: answers
  // are POSTed and per viewer. Media keep the catalog's own ETag (the proxy passes headers through).
  app.set('etag', false);
  app.use(['/graphql', '/media'], corsAllowList(config.CORS_ORIGINS));
  app.use('/media', mediaProxy(config.CATALOG_URL));
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
  // Service-to-service routes (each subgraph's /internal/*) are never served at the public edge.
  app.use('/internal', (_req, res) => {
    res.status(404).json({ error: 'Not found' });
  });
  serveWebApp(app, resolveWebDist(config.WEB_DIST_DIR));
  app.use(answerErrorsAsJson());

  const server = await listen(app, { host: config.GATEWAY_HOST, port: config.PORT });
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
