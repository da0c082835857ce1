import { LRUCache } from 'lru-cache';
import type { Logger } from './logger.js';
import { acquireRedis } from './redis.js';

/**
 * A small key-value cache with expiry. Reads and writes never throw: when the backing store is
 * unreachable they behave like a miss, so callers fall back to the database (see `strict` for the
 * few callers that must fail closed instead).
 */
export interface Cache {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  delete(...keys: string[]): Promise<void>;
  /** The same operations, but an unreachable store throws; for checks that must fail closed. */
  readonly strict: Pick<Cache, 'get' | 'set'>;
  readonly kind: 'memory' | 'redis';
  close(): Promise<void>;
}

/**
 * Lookups of cached answers, counted by the code that knows what a lookup means (one song, one page),
 * not per key read: a version key fetched on the way is neither. For tests and benchmarks.
 */
export interface CacheStats {
  hits: number;
  misses: number;
}

export function createMemoryCache(maxEntries = 50_000): Cache {
  const entries = new LRUCache<string, string>({ max: maxEntries, ttlAutopurge: false });
  const get = async (key: string) => entries.get(key) ?? null;
  const set = async (key: string, value: string, ttlSeconds: number) => {
    entries.set(key, value, { ttl: ttlSeconds * 1000 });
  };
  return {
    kind: 'memory',
    get,
    set,
    delete: async (...keys) => {
      for (const key of keys) entries.delete(key);
    },
    strict: { get, set },
    close: async () => {
      entries.clear();
    },
  };
}

export interface RedisCacheOptions {
  url: string;
  /** Keeps services that share one Redis out of each other's keys. */
  keyPrefix: string;
  logger: Logger;
}

export function createRedisCache({ url, keyPrefix, logger }: RedisCacheOptions): Cache {
  // The tolerant methods below skip Redis entirely while it is known to be down, so an outage costs
  // requests no latency.
  const { redis, release } = acquireRedis(url);
  let reportedDown = false;
  const onError = (error: Error) => {
    if (!reportedDown) logger.warn({ err: error.message }, 'redis unavailable; serving without cache');
    reportedDown = true;
  };
  const onReady = () => {
    if (reportedDown) logger.info('redis is back; caching resumed');
    reportedDown = false;
  };
  redis.on('error', onError);
  redis.on('ready', onReady);

  const strict = {
    get: (key: string) => redis.get(keyPrefix + key),
    set: async (key: string, value: string, ttlSeconds: number) => {
      await redis.set(keyPrefix + key, value, 'EX', Math.max(1, Math.ceil(ttlSeconds)));
    },
  };
  const tolerant =
    <Args extends unknown[], Result>(run: (...args: Args) => Promise<Result>, fallback: Result) =>
    async (...args: Args): Promise<Result> => {
      try {
        return await run(...args);
      } catch {
        return fallback;
      }
    };
  return {
    kind: 'redis',
    get: tolerant(strict.get, null),
    set: tolerant(strict.set, undefined),
    delete: tolerant(async (...keys: string[]) => {
      if (keys.length > 0) await redis.del(...keys.map((key) => keyPrefix + key));
    }, undefined),
    strict,
    close: async () => {
      redis.off('error', onError);
      redis.off('ready', onReady);
      release();
    },
  };
}

export function createCache(options: { redisUrl?: string; keyPrefix: string; logger: Logger }): Cache {
  return options.redisUrl
    ? createRedisCache({ url: options.redisUrl, keyPrefix: options.keyPrefix, logger: options.logger })
    : createMemoryCache();
}
