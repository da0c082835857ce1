import { createHash } from 'node:crypto';
import { type Logger, tooManyRequests } from '@sp0t1fy/platform';
import { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface LoginThrottleLimits {
  /** Failed sign-ins allowed per account and client address within the window. */
  perAccountAndIp: number;
  /** Failed sign-ins allowed per client address, over every account, within the window. */
  perIp: number;
  windowSeconds: number;
}

/** One sign-in attempt that has been let through: report its outcome. */
export interface LoginAttempt {
  /** The password was right: the account's failures are forgotten and this attempt is not counted. */
  succeeded(): Promise<void>;
}

export interface LoginThrottle {
  /**
   * Counts an attempt before the password is checked (argon2 is what an attacker wants to make us
   * run), so parallel requests cannot all slip in before the first failure is recorded; a
   * throttled attempt is TOO_MANY_REQUESTS with `extensions.retryAfterSeconds`.
   */
  begin(email: string, clientIp: string): Promise<LoginAttempt>;
  close(): Promise<void>;
}

export interface LoginThrottleOptions {
  limits: LoginThrottleLimits;
  /** Shared by every users process when set; otherwise counts live in this process. */
  redisUrl?: string | undefined;
  /** Redis key prefix, `<CACHE_NAMESPACE>:users:` like the service's other keys. */
  keyPrefix: string;
  logger: Logger;
}

export function createLoginThrottle({ limits, redisUrl, keyPrefix, logger }: LoginThrottleOptions): LoginThrottle {
  const redis = redisUrl
    ? new Redis(redisUrl, {
        // While Redis is down commands fail at once, and the in-memory insurance limiter counts instead.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        connectTimeout: 2_000,
        commandTimeout: 1_000,
        retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
      })
    : undefined;
  redis?.on('error', () => {
    // The platform cache already reports Redis outages; login keeps working on the insurance limiter.
  });

  const limiter = (name: string, points: number): RateLimiterAbstract => {
    const options = { keyPrefix: `${keyPrefix}${name}`, points, duration: limits.windowSeconds };
    const memory = new RateLimiterMemory(options);
    if (!redis) return memory;
    // A Redis outage must not lock everyone out nor switch throttling off: count in memory meanwhile.
    return new RateLimiterRedis({
      ...options,
      storeClient: redis,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  };
  const perAccountAndIp = limiter('login-failures-account-ip', limits.perAccountAndIp);
  const perIp = limiter('login-failures-ip', limits.perIp);

  return {
    async begin(email, clientIp) {
      // Hashed: keys stay short whatever was typed, and addresses never sit in Redis in clear.
      const accountKey = `${createHash('sha256').update(email).digest('base64url')}:${clientIp}`;
      try {
        await perIp.consume(clientIp);
        await perAccountAndIp.consume(accountKey);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        logger.warn({ clientIp, retryAfterSeconds }, 'sign-in throttled');
        throw tooManyRequests(`Too many sign-in attempts. Try again in ${describeWait(retryAfterSeconds)}.`, {
          retryAfterSeconds,
        });
      }
      return {
        async succeeded() {
          await Promise.all([perAccountAndIp.delete(accountKey), perIp.reward(clientIp, 1)]);
        },
      };
    },
    async close() {
      redis?.disconnect();
    },
  };
}

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
