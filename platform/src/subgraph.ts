import { join } from 'node:path';
import { ApolloServer, type GraphQLRequest } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { expressMiddleware } from '@as-integrations/express5';
import type { Extensions } from '@electric-sql/pglite';
import express, { type Express, type Request, type RequestHandler, type Response, Router } from 'express';
import type { DocumentNode, FormattedExecutionResult } from 'graphql';
import type { Kysely, Migration } from 'kysely';
import { type AccessTokens, createAccessTokens } from './access-tokens.js';
import { apolloServerDefaults } from './apollo.js';
import { type Authenticator, createAuthenticator } from './authentication.js';
import { type AccessRules, requireSignedInByDefault } from './authorization.js';
import { type Cache, type CacheStats, createCache } from './cache.js';
import { type DatabaseStats, migrateToLatest, openDatabase } from './database.js';
import { answerErrorsAsJson, createHttpApp, listen } from './http-service.js';
import { createLogger, type Logger } from './logger.js';
import { createRevocations, type RevocationLedger, type Revocations } from './revocations.js';
import { configuredOrGeneratedSecret } from './secrets.js';

/** A resolver map as @apollo/subgraph's public `buildSubgraphSchema` takes it. */
export type SubgraphResolverMap = NonNullable<
  Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown; resolvers?: unknown }>['resolvers']
>;

/** The settings every subgraph reads, already validated by its own config module. */
export interface SubgraphSettings {
  NODE_ENV: string;
  LOG_LEVEL: string;
  LOG_FORMAT: 'pretty' | 'json';
  DATA_DIR: string;
  EMBEDDED_DATABASE_OPTIMIZE?: boolean;
  HOST: string;
  TRUST_PROXY: string;
  REDIS_URL?: string | undefined;
  CACHE_NAMESPACE: string;
  JWT_SECRET?: string | undefined;
  /** Lifetime of issued tokens; only the users service issues them. */
  JWT_TTL_SECONDS?: number;
  port: number;
  databaseUrl?: string | undefined;
  /** The users service, asked about signed-out tokens when the shared Redis cannot answer. */
  usersUrl?: string | undefined;
}

/** What a subgraph's providers are built from, once per process. */
export interface SubgraphRuntime<DB> {
  settings: SubgraphSettings;
  logger: Logger;
  db: Kysely<DB>;
  /** SQL statements run so far, for tests and benchmarks that prove a request's cost. */
  databaseStats: DatabaseStats;
  cache: Cache;
  /** Hits and misses of the answers a subgraph caches, counted by the subgraph (the catalog's songs). */
  cacheStats: CacheStats;
  accessTokens: AccessTokens;
  revocations: Revocations;
  authenticate: Authenticator;
}

/**
 * One GraphQL request as a subgraph sees it, whether it came over HTTP from a gateway in another
 * process or as a function call from the gateway in this one.
 */
export interface SubgraphCall {
  authorization?: string | undefined;
  requestId: string;
  /** The caller's address as the gateway saw it, for per-IP limits. */
  clientIp: string;
  log: Logger;
  /**
   * Aborts once the caller hangs up before the answer (a client gone, the gateway's timeout): work
   * done only for that answer, such as a queued upload, can stop and leave nothing behind.
   */
  signal?: AbortSignal | undefined;
}

export interface SubgraphDefinition<DB, Providers, Context extends object> {
  name: string;
  typeDefs: DocumentNode;
  /** Typed where they are written, by the subgraph's generated `Resolvers`. */
  resolvers: SubgraphResolverMap;
  /**
   * Which resolvers answer a signed-out caller; every other one requires a signed-in viewer before it
   * runs (requireSignedInByDefault), so a resolver nobody thought about is private.
   */
  access: AccessRules;
  migrations: Record<string, Migration>;
  embeddedExtensions?: Extensions;
  /** The durable sign-out list, kept by the users service; the others ask it (or its Redis copy). */
  revocationLedger?(db: Kysely<DB>): RevocationLedger;
  createProviders(runtime: SubgraphRuntime<DB>): Providers | Promise<Providers>;
  createContext(call: SubgraphCall, providers: Providers, runtime: SubgraphRuntime<DB>): Context;
  /**
   * Routes the public edge serves besides GraphQL (the catalog's /media). The subgraph serves them on
   * its own port; a gateway in the same process mounts the same router, so bytes never cross a proxy.
   */
  publicRoutes?(router: Router, providers: Providers, runtime: SubgraphRuntime<DB>): void;
  /** Service-to-service routes (feeds, sign-out look-ups), on the subgraph's own port only. */
  internalRoutes?(app: Express, providers: Providers, runtime: SubgraphRuntime<DB>): void;
  /** Middleware that runs on /graphql before Apollo (multipart uploads). */
  graphqlMiddleware?(providers: Providers, runtime: SubgraphRuntime<DB>): RequestHandler[];
  /** Background work (feed followers) to stop before the database closes. */
  stop?(providers: Providers): Promise<void>;
}

/** What the process hosting a subgraph may hand it (the one-process layout). */
export interface SubgraphHostOptions {
  logger?: Logger;
  /** The sign-out list of a users service in this process, asked directly rather than over HTTP. */
  revocations?: Revocations | undefined;
  /**
   * Where the other subgraphs of this deployment listen, as they start: a subgraph started before
   * one it follows (the catalog follows playback's play feed) cannot be told its URL at start-up
   * when the ports are chosen by the system; asked on every use, so it sees later ones too.
   */
  peerUrl?: (name: string) => string | undefined;
}

// biome-ignore lint/suspicious/noExplicitAny: a host holds subgraphs of every database schema
export interface RunningSubgraph<DB = any, Providers = unknown> {
  name: string;
  /** Its own HTTP port: GraphQL, its public routes and its internal routes. */
  url: string;
  runtime: SubgraphRuntime<DB>;
  providers: Providers;
  /** Answers a GraphQL request without HTTP, for a gateway in the same process. */
  execute(request: GraphQLRequest, call: SubgraphCall): Promise<FormattedExecutionResult>;
  /** The routes of `publicRoutes`, for a gateway in the same process to mount. */
  publicRouter: Router;
  /** Resolves when its database answers; what its /ready reports. */
  ready(): Promise<void>;
  /** The sign-out list when this subgraph keeps it, for the subgraphs started after it in one process. */
  ownRevocations?: Revocations | undefined;
  close(): Promise<void>;
}

/** What the HTTP path knows of a request, as a SubgraphCall. */
export function callOf(req: Request, res: Response): SubgraphCall {
  const hungUp = new AbortController();
  // A response closes after its end too; only one closed unfinished means the caller left.
  res.on('close', () => {
    if (!res.writableEnded) hungUp.abort(new Error('the caller hung up before the answer'));
  });
  return {
    authorization: req.get('authorization'),
    requestId: req.requestId,
    clientIp: req.ip ?? 'unknown',
    log: req.log,
    signal: hungUp.signal,
  };
}

/**
 * A subgraph's validated configuration: the shared variables, and its own named after it
 * (CATALOG_PORT, CATALOG_DATABASE_URL, as the registry's variablesOf names them).
 */
export type SubgraphConfig = Omit<SubgraphSettings, 'port' | 'databaseUrl' | 'usersUrl'> & {
  USERS_URL?: string | undefined;
} & Record<string, unknown>;

function settingsOf(name: string, config: SubgraphConfig): SubgraphSettings {
  const prefix = name.toUpperCase();
  const port = config[`${prefix}_PORT`];
  const databaseUrl = config[`${prefix}_DATABASE_URL`];
  if (typeof port !== 'number') throw new Error(`The ${name} configuration has no ${prefix}_PORT`);
  return {
    ...config,
    port,
    databaseUrl: typeof databaseUrl === 'string' ? databaseUrl : undefined,
    usersUrl: config.USERS_URL,
  };
}

/** Opens a subgraph's stores, applies its migrations and serves it over HTTP. */
export async function startSubgraph<DB, Providers, Context extends object>(
  definition: SubgraphDefinition<DB, Providers, Context>,
  config: SubgraphConfig,
  host: SubgraphHostOptions = {},
): Promise<RunningSubgraph<DB, Providers>> {
  const settings = settingsOf(definition.name, config);
  const logger =
    host.logger ?? createLogger({ service: definition.name, level: settings.LOG_LEVEL, format: settings.LOG_FORMAT });
  const database = await openDatabase<DB>({
    url: settings.databaseUrl,
    embeddedDir: settings.DATA_DIR.startsWith('memory://')
      ? settings.DATA_DIR
      : join(settings.DATA_DIR, definition.name, 'postgres'),
    embeddedExtensions: definition.embeddedExtensions,
    embeddedOptimize: settings.EMBEDDED_DATABASE_OPTIMIZE,
    onEmbeddedCreated: (from) => logger.info({ from }, 'new embedded database'),
  });
  const closers: Array<() => Promise<void>> = [() => database.close()];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close().catch((error) => logger.error({ err: error }, 'close failed'));
  };

  try {
    await migrateToLatest(database.db, definition.migrations);
    logger.info({ store: database.kind }, 'database ready');

    const cache = createCache({
      redisUrl: settings.REDIS_URL,
      keyPrefix: `${settings.CACHE_NAMESPACE}:${definition.name}:`,
      logger,
    });
    closers.push(() => cache.close());
    const revocationStore = createRevocations({
      redisUrl: settings.REDIS_URL,
      namespace: settings.CACHE_NAMESPACE,
      ledger: definition.revocationLedger?.(database.db),
      local: host.revocations,
      usersUrl: settings.usersUrl,
      logger,
    });
    closers.push(() => revocationStore.close());

    const jwtSecret = await configuredOrGeneratedSecret(settings.JWT_SECRET, {
      dataDir: settings.DATA_DIR,
      name: 'jwt-secret',
      variable: 'JWT_SECRET',
      logger,
    });
    const accessTokens = createAccessTokens({ secret: jwtSecret, ttlSeconds: settings.JWT_TTL_SECONDS ?? 3600 });
    const runtime: SubgraphRuntime<DB> = {
      settings,
      logger,
      db: database.db,
      databaseStats: database.stats,
      cache,
      cacheStats: { hits: 0, misses: 0 },
      accessTokens,
      revocations: revocationStore.revocations,
      authenticate: createAuthenticator(accessTokens, revocationStore.revocations),
    };
    const providers = await definition.createProviders(runtime);
    if (definition.stop) closers.push(() => definition.stop?.(providers) ?? Promise.resolve());

    const defaults = apolloServerDefaults({ logger, nodeEnv: settings.NODE_ENV });
    const apollo = new ApolloServer<Context>({
      ...defaults,
      // Traces are for Apollo's hosted studio, which a self-hosted install does not report to.
      plugins: [...defaults.plugins, ApolloServerPluginInlineTraceDisabled()],
      schema: buildSubgraphSchema({
        typeDefs: definition.typeDefs,
        resolvers: requireSignedInByDefault(definition.resolvers, definition.access),
      }),
    });
    await apollo.start();
    closers.push(() => apollo.stop());

    const publicRouter = Router();
    definition.publicRoutes?.(publicRouter, providers, runtime);
    const app = createHttpApp({ logger, ready: database.ping, trustProxy: settings.TRUST_PROXY });
    app.use(publicRouter);
    definition.internalRoutes?.(app, providers, runtime);
    app.use(
      '/graphql',
      ...(definition.graphqlMiddleware?.(providers, runtime) ?? []),
      express.json({ limit: '1mb' }),
      expressMiddleware(apollo, {
        context: async ({ req, res }) => definition.createContext(callOf(req, res), providers, runtime),
      }),
    );
    app.use(answerErrorsAsJson());
    const server = await listen(app, { host: settings.HOST, port: settings.port });
    closers.push(() => server.close());
    logger.info({ url: `${server.url}/graphql` }, `${definition.name} subgraph listening`);

    return {
      name: definition.name,
      url: server.url,
      runtime,
      providers,
      publicRouter,
      ready: database.ping,
      ownRevocations: definition.revocationLedger ? runtime.revocations : undefined,
      async execute(request, call) {
        const contextValue = definition.createContext(call, providers, runtime);
        const response = await apollo.executeOperation(request, { contextValue });
        // Subgraphs answer single results: they serve no @defer or @stream.
        if (response.body.kind !== 'single') throw new Error(`${definition.name} answered incrementally`);
        return response.body.singleResult;
      },
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
