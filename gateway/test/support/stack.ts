import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogConfig, startCatalogService } from '@sp0t1fy/catalog';
import { createLogger } from '@sp0t1fy/platform';
import { createTestDatabase, type TestBackend, uniqueNamespace } from '@sp0t1fy/platform/testing';
import { loadPlaybackConfig, startPlaybackService } from '@sp0t1fy/playback';
import { loadUsersConfig, startUsersService } from '@sp0t1fy/users';
import { loadGatewayConfig, startGateway } from '../../src/gateway.js';
import { createClient, type GraphQLClient } from './client.js';

export interface TestStack {
  backend: TestBackend;
  gatewayUrl: string;
  dataDir: string;
  /** The JWT secret the stack's services share, for tests that forge tokens. */
  secret: string;
  /** A GraphQL client for the gateway, signed out. */
  client: GraphQLClient;
  /** Every service's environment, with the subgraphs' URLs: for tests that start another gateway or restart a service. */
  env: Record<string, string>;
  /** Services by name, for tests that stop one. */
  services: Record<string, { url: string; close(): Promise<void> }>;
  close(): Promise<void>;
}

/** Environment shared by every service of one stack: fresh stores, one secret, its own cache namespace. */
async function stackEnvironment(backend: TestBackend, overrides: Record<string, string>) {
  const dataDir = await mkdtemp(join(tmpdir(), 'sp0t1fy-test-'));
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    LOG_FORMAT: 'json',
    DATA_DIR: dataDir,
    CACHE_NAMESPACE: uniqueNamespace(),
    JWT_SECRET: `test-secret-${uniqueNamespace()}-${uniqueNamespace()}`,
    USERS_PORT: '0',
    CATALOG_PORT: '0',
    PLAYBACK_PORT: '0',
    PORT: '0',
    // Suites create many accounts from loopback; hardening-login-throttle.test.ts tests the real limit.
    REGISTRATIONS_PER_IP: '100000',
  };
  const drops: Array<() => Promise<void>> = [];
  if (backend.postgresUrl && backend.redisUrl) {
    env.REDIS_URL = backend.redisUrl;
    for (const service of ['USERS', 'CATALOG', 'PLAYBACK']) {
      const database = await createTestDatabase(backend.postgresUrl);
      drops.push(database.drop);
      env[`${service}_DATABASE_URL`] = database.url;
    }
  }
  Object.assign(env, overrides);
  return {
    env,
    dataDir,
    cleanUp: async () => {
      for (const drop of drops) await drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface StackOptions {
  /** Variables set on every service of the stack, over the test defaults (NODE_ENV, limits, timeouts). */
  env?: Record<string, string>;
}

export async function startStack(backend: TestBackend, options: StackOptions = {}): Promise<TestStack> {
  const { env, dataDir, cleanUp } = await stackEnvironment(backend, options.env ?? {});
  const logger = createLogger({ service: 'test', level: env.LOG_LEVEL ?? 'silent', format: 'json' });
  const users = await startUsersService(loadUsersConfig(env));
  const withUsers = { ...env, USERS_URL: users.url };
  const catalog = await startCatalogService(loadCatalogConfig(withUsers));
  // Playback follows the catalog's song feed, so it starts once the catalog's address is known.
  const playback = await startPlaybackService(loadPlaybackConfig({ ...withUsers, CATALOG_URL: catalog.url }));
  const stackEnv = { ...withUsers, CATALOG_URL: catalog.url, PLAYBACK_URL: playback.url };
  const gateway = await startGateway(loadGatewayConfig(stackEnv), logger);
  return {
    backend,
    gatewayUrl: gateway.url,
    dataDir,
    secret: env.JWT_SECRET as string,
    env: stackEnv,
    client: createClient(gateway.url),
    services: { users, catalog, playback, gateway },
    async close() {
      await gateway.close();
      await Promise.all([catalog.close(), playback.close()]);
      await users.close();
      await cleanUp();
    },
  };
}
