import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, type RunningSubgraph, startService } from '@sp0t1fy/platform';
import { createTestDatabase, type TestBackend, testBackends, uniqueNamespace } from '@sp0t1fy/platform/testing';
import { loadService, subgraphs, variablesOf } from '@sp0t1fy/schema';
import { loadGatewayConfig, startGateway, startProduct } from '../../src/index.js';
import { createClient, type GraphQLClient } from './client.js';

/**
 * How the stack runs: every subgraph hosted in the gateway's process (`npm start`), or each on a port
 * of its own with the gateway reaching it over HTTP (`npm run start:services`, the compose file).
 */
export type StackLayout = 'one process' | 'separate';

export const STACK_LAYOUTS: readonly StackLayout[] = ['one process', 'separate'];

export interface TestStack {
  backend: TestBackend;
  layout: StackLayout;
  gatewayUrl: string;
  dataDir: string;
  /** The JWT secret the stack's services share, for tests that forge tokens. */
  secret: string;
  /** A GraphQL client for the gateway, signed out. */
  client: GraphQLClient;
  /** Every service's environment, with the subgraphs' URLs: for tests that start another gateway or restart a service. */
  env: Record<string, string>;
  /** The subgraphs by name, wherever they run, for tests that look inside one or stop it. */
  services: Record<string, RunningSubgraph>;
  gateway: { url: string; close(): Promise<void> };
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
    ...Object.fromEntries(subgraphs.map((entry) => [variablesOf(entry).port, '0'])),
    PORT: '0',
    // Suites create many accounts from loopback; hardening-login-throttle.test.ts tests the real limit.
    REGISTRATIONS_PER_IP: '100000',
  };
  const drops: Array<() => Promise<void>> = [];
  if (backend.postgresUrl && backend.redisUrl) {
    env.REDIS_URL = backend.redisUrl;
    for (const entry of subgraphs) {
      const database = await createTestDatabase(backend.postgresUrl);
      drops.push(database.drop);
      env[variablesOf(entry).databaseUrl] = database.url;
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
  /** One process unless the suite needs subgraphs it can stop or run twice. */
  layout?: StackLayout;
}

export async function startStack(backend: TestBackend, options: StackOptions = {}): Promise<TestStack> {
  const layout = options.layout ?? 'one process';
  const { env, dataDir, cleanUp } = await stackEnvironment(backend, options.env ?? {});
  const logger = createLogger({ service: 'test', level: env.LOG_LEVEL ?? 'silent', format: 'json' });
  const { services, gateway } =
    layout === 'one process' ? await startOneProcess(env, logger) : await startSeparately(env, logger);
  const stackEnv = { ...env };
  for (const [name, service] of Object.entries(services)) stackEnv[variablesOf({ name }).url] = service.url;
  return {
    backend,
    layout,
    gatewayUrl: gateway.url,
    dataDir,
    secret: env.JWT_SECRET as string,
    env: stackEnv,
    client: createClient(gateway.url),
    services,
    gateway,
    async close() {
      await gateway.close();
      if (layout === 'separate') {
        for (const service of Object.values(services).reverse()) await service.close();
      }
      await cleanUp();
    },
  };
}

async function startOneProcess(env: Record<string, string>, logger: ReturnType<typeof createLogger>) {
  const product = await startProduct(env, { logger });
  return { services: Object.fromEntries(product.hosted), gateway: product };
}

/** Each subgraph on a port of its own, in registry order, each told where the earlier ones are. */
async function startSeparately(env: Record<string, string>, logger: ReturnType<typeof createLogger>) {
  const services: Record<string, RunningSubgraph> = {};
  const urls: Record<string, string> = {};
  try {
    for (const entry of subgraphs) {
      // Later subgraphs' ports are chosen as they start: earlier ones (the catalog following
      // playback's play feed) find them through peerUrl, as in one process.
      services[entry.name] = await startService(
        await loadService(entry),
        { ...env, ...urls },
        { peerUrl: (name) => urls[variablesOf({ name }).url] },
      );
      urls[variablesOf(entry).url] = services[entry.name]?.url as string;
    }
    const gateway = await startGateway(loadGatewayConfig({ ...env, ...urls }), { logger });
    return { services, gateway };
  } catch (error) {
    for (const service of Object.values(services).reverse()) await service.close();
    throw error;
  }
}

export interface StackVariant extends TestBackend {
  layout: StackLayout;
  /** For test titles: "embedded, one process". */
  label: string;
}

/** Every backend in every layout, for the suites where the hop between gateway and subgraph matters. */
export async function stackVariants(): Promise<StackVariant[]> {
  const backends = await testBackends();
  return backends.flatMap((backend) =>
    STACK_LAYOUTS.map((layout) => ({ ...backend, layout, label: `${backend.name}, ${layout}` })),
  );
}
