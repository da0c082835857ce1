import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@sp0t1fy/platform/testing';
import { subgraphs, variablesOf } from '@sp0t1fy/schema';
import { type HostProcess, startHostProcess } from './processes.js';

export const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

/** `npm start`'s layout (everything in the gateway's process) or one process per service. */
export type Layout = 'one process' | 'separate';

/** The gateway or one subgraph, wherever it runs. */
export interface HostedService {
  name: string;
  /** Where it answers HTTP; a subgraph hosted in the product answers on its private loopback port. */
  url: string;
  /** The process it runs in (in one process, the same for all of them). */
  child: ChildProcess;
  /** SQL statements it has run so far (the gateway: all its subgraphs' together). */
  statements(): Promise<number>;
}

export interface BenchStack {
  layout: Layout;
  env: Record<string, string>;
  dataDir: string;
  gateway: HostedService;
  /** Every subgraph of the registry, by name. */
  subgraphs: ReadonlyMap<string, HostedService>;
  users: HostedService;
  catalog: HostedService;
  playback: HostedService;
  close(): Promise<void>;
}

export interface StackOptions {
  layout: Layout;
  profileDir?: string;
  /** Processes to start with --cpu-prof: by service name; in one process any of them (or 'product') profiles it. */
  profile?: string[];
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, count) => total + count, 0);

/**
 * The product on fresh PostgreSQL databases (one per subgraph) and a Redis namespace of its own, on
 * ephemeral loopback ports: one process (host.ts product with no <NAME>_URL, what `npm start` runs) or
 * the separate layout (each subgraph of the registry in a process of its own, then the gateway).
 */
export async function startStack(options: StackOptions): Promise<BenchStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sp0t1fy-bench-'));
  const databases = await Promise.all(subgraphs.map(() => createTestDatabase(POSTGRES_URL)));
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    DATA_DIR: dataDir,
    REDIS_URL,
    CACHE_NAMESPACE: `bench-${randomBytes(6).toString('hex')}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES),
    // Playback's background poll of the catalog's song feed would add the catalog's feed query to the
    // statements a page costs; songs playback has not seen yet are still fetched on demand.
    SONG_FEED_POLL_MS: '600000',
    // Every account comes from 127.0.0.1 (the session, one per sign-in connection in scenario 6);
    // the default 10 per window would refuse the harness's own registrations.
    REGISTRATIONS_PER_IP: '1000',
    PORT: '0',
  };
  subgraphs.forEach((entry, index) => {
    const variables = variablesOf(entry);
    env[variables.port] = '0';
    env[variables.databaseUrl] = (databases[index] as { url: string }).url;
  });
  const profiled = (names: string[]) =>
    options.profileDir && names.some((name) => options.profile?.includes(name))
      ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`]
      : [];
  const started: HostProcess[] = [];
  const host = async (args: string[], names: string[]) => {
    const hosting = await startHostProcess(args, env, profiled(names));
    started.push(hosting);
    return hosting;
  };
  const close = async () => {
    for (const hosting of started.reverse()) await hosting.close();
    for (const database of databases) await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const services = new Map<string, HostedService>();
    let gateway: HostedService;
    if (options.layout === 'one process') {
      const product = await host(['product'], ['product', 'gateway', ...subgraphs.map(({ name }) => name)]);
      for (const { name } of subgraphs) {
        const url = product.hosted[name];
        if (!url) throw new Error(`the product did not host ${name}`);
        services.set(name, {
          name,
          url,
          child: product.child,
          statements: async () => (await product.statements())[name] ?? 0,
        });
      }
      gateway = {
        name: 'gateway',
        url: product.url,
        child: product.child,
        statements: async () => sum(await product.statements()),
      };
    } else {
      // Registry order: each subgraph is told where the ones before it listen (sign-outs, feeds).
      for (const entry of subgraphs) {
        const subgraph = await host(['subgraph', entry.name], [entry.name]);
        env[variablesOf(entry).url] = subgraph.url;
        services.set(entry.name, {
          name: entry.name,
          url: subgraph.url,
          child: subgraph.child,
          statements: async () => (await subgraph.statements())[entry.name] ?? 0,
        });
      }
      // Every <NAME>_URL is set now, so the product hosts no subgraph: a gateway alone.
      const alone = await host(['product'], ['gateway']);
      const statements = async () => {
        const counts = await Promise.all([...services.values()].map((service) => service.statements()));
        return counts.reduce((total, count) => total + count, 0);
      };
      gateway = { name: 'gateway', url: alone.url, child: alone.child, statements };
    }
    const named = (name: string) => {
      const service = services.get(name);
      if (!service) throw new Error(`the registry has no ${name} subgraph`);
      return service;
    };
    return {
      layout: options.layout,
      env,
      dataDir,
      gateway,
      subgraphs: services,
      users: named('users'),
      catalog: named('catalog'),
      playback: named('playback'),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
