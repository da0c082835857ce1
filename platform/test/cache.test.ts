import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { type Cache, createMemoryCache, createRedisCache } from '../src/cache.js';
import { testBackends, uniqueNamespace } from '../src/testing/backends.js';

const logger = pino({ level: 'silent' });
const redisUrl = (await testBackends()).find((backend) => backend.redisUrl)?.redisUrl;

const caches: Array<[string, () => Cache]> = [['memory', () => createMemoryCache()]];
if (redisUrl)
  caches.push(['redis', () => createRedisCache({ url: redisUrl, keyPrefix: `${uniqueNamespace()}:`, logger })]);

describe.each(caches)('%s cache', (_name, create) => {
  it('stores, expires and deletes values', async () => {
    const cache = create();
    try {
      await cache.set('a', '1', 1);
      await cache.set('b', '2', 60);
      expect(await cache.get('a')).toBe('1');
      await cache.delete('b');
      expect(await cache.get('b')).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect(await cache.get('a')).toBeNull();
    } finally {
      await cache.close();
    }
  });
});

describe('an unreachable Redis', () => {
  const unreachable = () => createRedisCache({ url: 'redis://127.0.0.1:1', keyPrefix: 'x:', logger });

  it('reads as a miss and ignores writes, so requests fall back to the database', async () => {
    const cache = unreachable();
    try {
      await cache.set('a', '1', 60);
      expect(await cache.get('a')).toBeNull();
      await expect(cache.strict.get('a')).rejects.toThrow();
    } finally {
      await cache.close();
    }
  });
});
