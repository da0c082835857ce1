import { type Cache, createMemoryCache, createRedisCache } from './cache.js';
import type { Logger } from './logger.js';

/**
 * Tokens signed out before their expiry. A token whose status cannot be checked is treated as
 * revoked (fail closed): a Redis outage signs people out rather than honouring a stolen token.
 */
export interface Revocations {
  revoke(tokenId: string, expiresAt: Date): Promise<void>;
  isRevoked(tokenId: string): Promise<boolean>;
}

const key = (tokenId: string) => `revoked:${tokenId}`;

/** Revocations kept in a cache: Redis shared by every service, or the users service's own memory. */
export function cacheRevocations(cache: Cache): Revocations {
  return {
    async revoke(tokenId, expiresAt) {
      const ttlSeconds = Math.ceil((expiresAt.getTime() - Date.now()) / 1000);
      // Kept only until the token would have expired anyway; after that its signature check refuses it.
      if (ttlSeconds > 0) await cache.strict.set(key(tokenId), '1', ttlSeconds);
    },
    async isRevoked(tokenId) {
      try {
        return (await cache.strict.get(key(tokenId))) !== null;
      } catch {
        return true;
      }
    },
  };
}

/**
 * On embedded defaults each process has its own in-memory cache, so services other than users ask
 * the users service, which holds the list, over its private HTTP port.
 */
export function remoteRevocations(usersUrl: string): Revocations {
  return {
    async revoke() {
      throw new Error('Only the users service signs tokens out');
    },
    async isRevoked(tokenId) {
      try {
        const response = await fetch(new URL(`/internal/revocations/${encodeURIComponent(tokenId)}`, usersUrl), {
          signal: AbortSignal.timeout(2_000),
        });
        if (!response.ok) return true;
        const body = (await response.json()) as { revoked?: unknown };
        return body.revoked !== false;
      } catch {
        return true;
      }
    },
  };
}

export interface RevocationsOptions {
  redisUrl?: string;
  namespace: string;
  /** Where the users service listens; other services ask it when there is no shared Redis. */
  usersUrl?: string;
  logger: Logger;
}

/** Picks where revocations live: a shared Redis, else the users service's memory. */
export function createRevocations({ redisUrl, namespace, usersUrl, logger }: RevocationsOptions): {
  revocations: Revocations;
  close(): Promise<void>;
} {
  if (redisUrl) {
    const cache = createRedisCache({ url: redisUrl, keyPrefix: `${namespace}:auth:`, logger });
    return { revocations: cacheRevocations(cache), close: () => cache.close() };
  }
  if (usersUrl) return { revocations: remoteRevocations(usersUrl), close: async () => {} };
  const cache = createMemoryCache();
  return { revocations: cacheRevocations(cache), close: () => cache.close() };
}
