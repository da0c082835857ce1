import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';

/** One way of running a service's stores; every integration suite runs once per available backend. */
export interface TestBackend {
  name: 'embedded' | 'postgres+redis';
  /** Admin connection for creating a database per test stack; absent on the embedded backend. */
  postgresUrl?: string;
  redisUrl?: string;
}

const postgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * The embedded backend (PGlite, in-process cache) always; real PostgreSQL and Redis when they answer.
 * In CI they must answer: a missing server fails the run rather than silently testing less.
 */
export async function testBackends(): Promise<TestBackend[]> {
  const backends: TestBackend[] = [{ name: 'embedded' }];
  const [postgresUp, redisUp] = await Promise.all([canReachPostgres(), canReachRedis()]);
  if (postgresUp && redisUp) {
    backends.push({ name: 'postgres+redis', postgresUrl, redisUrl });
  } else if (process.env.CI) {
    throw new Error(`CI needs PostgreSQL (${postgresUrl}: ${postgresUp}) and Redis (${redisUrl}: ${redisUp})`);
  } else {
    console.warn('PostgreSQL or Redis is not reachable: testing the embedded backend only');
  }
  return backends;
}

async function canReachPostgres(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function canReachRedis(): Promise<boolean> {
  const redis = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 2_000, maxRetriesPerRequest: 0 });
  redis.on('error', () => {});
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/** A fresh, empty PostgreSQL database; dropped again by `drop`. */
export async function createTestDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `sp0t1fy_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A key namespace of its own, so test stacks sharing one Redis never see each other's keys. */
export const uniqueNamespace = () => `test-${randomBytes(6).toString('hex')}`;
