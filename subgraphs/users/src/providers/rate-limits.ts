import { acquireRedis, type Logger, tooManyRequests } from '@sp0t1fy/platform';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimiters {
  /** A limiter of `points` per `durationSeconds` under `name`. */
  limiter(name: string, points: number, durationSeconds: number): RateLimiterAbstract;
  close(): Promise<void>;
}

/**
 * Rate limiters shared by every users process through Redis when it is configured, counting in this
 * process otherwise, and while Redis is down: an outage must neither lock everyone out nor switch
 * throttling off.
 */
export function createRateLimiters({ redisUrl, keyPrefix }: { redisUrl?: string | undefined; keyPrefix: string }) {
  // The process's one connection to this Redis (the platform cache reports its outages). While it is
  // down, rejectIfRedisNotReady sends nothing and the in-memory insurance limiter counts instead.
  const connection = redisUrl ? acquireRedis(redisUrl) : undefined;
  const redis = connection?.redis;
  return {
    limiter(name, points, durationSeconds) {
      const options = { keyPrefix: `${keyPrefix}${name}`, points, duration: durationSeconds };
      const memory = new RateLimiterMemory(options);
      if (!redis) return memory;
      return new RateLimiterRedis({
        ...options,
        storeClient: redis,
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory,
      });
    },
    async close() {
      connection?.release();
    },
  } satisfies RateLimiters;
}

/**
 * Takes one point from each limiter in turn; when one is spent the request is TOO_MANY_REQUESTS with
 * `extensions.retryAfterSeconds` and a message saying how long to wait.
 */
export async function consumeOrRefuse(
  checks: Array<[limiter: RateLimiterAbstract, key: string]>,
  refusal: { message: (wait: string) => string; logger: Logger; log: Record<string, unknown> },
): Promise<void> {
  try {
    for (const [limiter, key] of checks) await limiter.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    refusal.logger.warn({ ...refusal.log, retryAfterSeconds }, 'throttled');
    throw tooManyRequests(refusal.message(describeWait(retryAfterSeconds)), { retryAfterSeconds });
  }
}

/** How long to wait, in words: seconds under a minute, else minutes rounded up. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
