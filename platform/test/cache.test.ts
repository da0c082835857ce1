import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { type Cache, createMemoryCache, createRedisCache } from '../src/cache.js';
import { cacheRevocations } from '../src/revocations.js';
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

  it('keeps a revoked token revoked until its expiry', async () => {
    const cache = create();
    try {
      const revocations = cacheRevocations(cache);
      await revocations.revoke('token-1', new Date(Date.now() + 60_000));
      await revocations.revoke('already-expired', new Date(Date.now() - 1_000));
      expect(await revocations.isRevoked('token-1')).toBe(true);
      expect(await revocations.isRevoked('token-2')).toBe(false);
      expect(await revocations.isRevoked('already-expired')).toBe(false);
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

  it('fails closed for signed-out tokens: every token counts as revoked', async () => {
    const cache = unreachable();
    try {
      expect(await cacheRevocations(cache).isRevoked('any-token')).toBe(true);
    } finally {
      await cache.close();
    }
  });
});
