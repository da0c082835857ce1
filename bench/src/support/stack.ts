import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@sp0t1fy/platform/testing';
import { type HostedService, hostService } from './processes.js';

export const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

export interface BenchStack {
  env: Record<string, string>;
  dataDir: string;
  users: HostedService;
  catalog: HostedService;
  playback: HostedService;
  gateway: HostedService;
  close(): Promise<void>;
}

/**
 * The four services, each in its own process, on fresh PostgreSQL databases and a Redis namespace of
 * their own, on ephemeral loopback ports. `profile` names services started with --cpu-prof.
 */
export async function startStack(options: { profileDir?: string; profile?: string[] } = {}): Promise<BenchStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sp0t1fy-bench-'));
  const databases = await Promise.all(['USERS', 'CATALOG', 'PLAYBACK'].map(() => createTestDatabase(POSTGRES_URL)));
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
    USERS_PORT: '0',
    CATALOG_PORT: '0',
    PLAYBACK_PORT: '0',
    PORT: '0',
    USERS_DATABASE_URL: databases[0]!.url,
    CATALOG_DATABASE_URL: databases[1]!.url,
    PLAYBACK_DATABASE_URL: databases[2]!.url,
  };
  const flags = (name: string) =>
    options.profileDir && options.profile?.includes(name) ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
  const started: HostedService[] = [];
  const host = async (name: string) => {
    const service = await hostService(name, env, flags(name));
    started.push(service);
    return service;
  };
  const close = async () => {
    for (const service of started.reverse()) await service.close();
    for (const database of databases) await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const users = await host('users');
    env.USERS_URL = users.url;
    const catalog = await host('catalog');
    env.CATALOG_URL = catalog.url;
    const playback = await host('playback');
    env.PLAYBACK_URL = playback.url;
    const gateway = await host('gateway');
    return { env, dataDir, users, catalog, playback, gateway, close };
  } catch (error) {
    await close();
    throw error;
  }
}
