import { type Cache, createRedisCache } from './cache.js';
import { revocationPath, revocationStatus } from './contracts/revocations.js';
import type { Logger } from './logger.js';

/**
 * Tokens signed out before their expiry. A token whose status cannot be checked is treated as
 * revoked (fail closed): an outage of every copy of the list signs people out rather than honouring
 * a stolen token.
 */
export interface Revocations {
  revoke(tokenId: string, expiresAt: Date): Promise<void>;
  isRevoked(tokenId: string): Promise<boolean>;
}

/** The durable sign-out list, in the users service's database: the truth every copy is made from. */
export interface RevocationLedger extends Revocations {
  /** Every sign-out whose token has not expired yet, to fill a shared Redis that lost them. */
  unexpired(): Promise<Array<{ tokenId: string; expiresAt: Date }>>;
}

const key = (tokenId: string) => `revoked:${tokenId}`;
/**
 * Set in the shared Redis once it holds every unexpired sign-out. A restarted (empty) Redis lacks it,
 * so its silence about a token means nothing until the users service has copied the list back.
 */
const COMPLETE = 'revocations-complete';
const COMPLETE_TTL_SECONDS = 7 * 24 * 3600;
const secondsUntil = (date: Date) => Math.ceil((date.getTime() - Date.now()) / 1000);

/**
 * The users service's view: the ledger answers, and a shared Redis (when configured) gets a copy so
 * the other services need no request to users. The copy is checked every `resyncIntervalMs` and
 * refilled when Redis lost it or missed a write.
 */
export function ledgerRevocations(
  ledger: RevocationLedger,
  mirror: Cache | undefined,
  { logger, resyncIntervalMs = 5_000 }: { logger: Logger; resyncIntervalMs?: number },
): { revocations: Revocations; close(): Promise<void> } {
  if (!mirror) return { revocations: ledger, close: async () => {} };
  let missedWrite = false;
  const copyIfIncomplete = async () => {
    try {
      if (!missedWrite && (await mirror.strict.get(COMPLETE)) !== null) return;
      missedWrite = false;
      const unexpired = await ledger.unexpired();
      for (const { tokenId, expiresAt } of unexpired)
        await mirror.strict.set(key(tokenId), '1', secondsUntil(expiresAt));
      await mirror.strict.set(COMPLETE, '1', COMPLETE_TTL_SECONDS);
      logger.info({ signOuts: unexpired.length }, 'sign-out list copied to redis');
    } catch {
      // Redis is down: the others ask users meanwhile; the next round copies the list.
    }
  };
  const copying = copyIfIncomplete();
  const timer = setInterval(copyIfIncomplete, resyncIntervalMs);
  timer.unref();
  return {
    revocations: {
      isRevoked: (tokenId) => ledger.isRevoked(tokenId),
      async revoke(tokenId, expiresAt) {
        await ledger.revoke(tokenId, expiresAt);
        const ttlSeconds = secondsUntil(expiresAt);
        if (ttlSeconds <= 0) return;
        try {
          await mirror.strict.set(key(tokenId), '1', ttlSeconds);
        } catch {
          // The copy is incomplete: the others must ask users until it is refilled.
          missedWrite = true;
          await mirror.delete(COMPLETE);
        }
      },
    },
    async close() {
      clearInterval(timer);
      await copying;
      await mirror.close();
    },
  };
}

/** Asks the users service, which holds the ledger, over its private HTTP port. */
export function remoteRevocations(usersUrl: string): Revocations {
  return {
    async revoke() {
      throw new Error('Only the users service signs tokens out');
    },
    async isRevoked(tokenId) {
      try {
        const response = await fetch(new URL(revocationPath(tokenId), usersUrl), {
          signal: AbortSignal.timeout(2_000),
        });
        if (!response.ok) return true;
        // Anything but a clear "not revoked" counts as revoked.
        const status = revocationStatus.safeParse(await response.json());
        return !status.success || status.data.revoked;
      } catch {
        return true;
      }
    },
  };
}

/** The shared Redis copy while it is complete and reachable, else the users service. */
export function mirroredRevocations(mirror: Cache, users: Revocations): Revocations {
  return {
    revoke: (tokenId, expiresAt) => users.revoke(tokenId, expiresAt),
    async isRevoked(tokenId) {
      try {
        const [revoked, complete] = await Promise.all([mirror.strict.get(key(tokenId)), mirror.strict.get(COMPLETE)]);
        if (revoked !== null) return true;
        if (complete !== null) return false;
      } catch {
        // Redis is down: users answers from its database.
      }
      return users.isRevoked(tokenId);
    },
  };
}

export interface RevocationsOptions {
  redisUrl?: string | undefined;
  namespace: string;
  /** The users service's own ledger; other services pass `usersUrl` instead. */
  ledger?: RevocationLedger | undefined;
  /** The users service's list in this same process (the one-process layout): asked directly. */
  local?: Revocations | undefined;
  /** Where the users service listens, asked when the shared Redis cannot answer. */
  usersUrl?: string | undefined;
  logger: Logger;
}

/** The users service keeps the ledger (copied to Redis); the others read Redis, falling back to users. */
export function createRevocations({ redisUrl, namespace, ledger, local, usersUrl, logger }: RevocationsOptions): {
  revocations: Revocations;
  close(): Promise<void>;
} {
  const mirror = () => createRedisCache({ url: redisUrl as string, keyPrefix: `${namespace}:auth:`, logger });
  if (ledger) return ledgerRevocations(ledger, redisUrl ? mirror() : undefined, { logger });
  if (!local && !usersUrl) throw new Error('A service without the sign-out ledger needs the users service URL');
  // A users service in this process is asked directly; still, the shared Redis copy answers first,
  // as in the separate layout, so a page does not cost the users database a statement per subgraph.
  const users = local ?? remoteRevocations(usersUrl as string);
  if (!redisUrl) return { revocations: users, close: async () => {} };
  const cache = mirror();
  return { revocations: mirroredRevocations(cache, users), close: () => cache.close() };
}
