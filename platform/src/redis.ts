import { Redis } from 'ioredis';

interface Shared {
  redis: Redis;
  users: number;
}

const shared = new Map<string, Shared>();

/**
 * One Redis connection per URL per process, however many caches, sign-out copies and rate limiters use
 * it (and however many subgraphs share the process); it is closed when the last user releases it. Keys
 * are prefixed by each user, not by the connection. Commands wait for a (re)connection at most
 * commandTimeout; users that must not wait check `status` first.
 */
export function acquireRedis(url: string): { redis: Redis; release(): void } {
  let entry = shared.get(url);
  if (!entry) {
    const redis = new Redis(url, {
      // Named after the process, so an operator (and a test) can tell whose connections these are.
      connectionName: redisConnectionName(),
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      commandTimeout: 1_000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    });
    // Each user reports outages in its own terms; an unhandled 'error' event would end the process.
    redis.on('error', () => {});
    entry = { redis, users: 0 };
    shared.set(url, entry);
  }
  const acquired = entry;
  acquired.users++;
  let released = false;
  return {
    redis: acquired.redis,
    release() {
      if (released) return;
      released = true;
      if (--acquired.users > 0) return;
      shared.delete(url);
      acquired.redis.disconnect();
    },
  };
}

/** The CLIENT SETNAME of this process's connections. */
export const redisConnectionName = () => `sp0t1fy:${process.pid}`;
