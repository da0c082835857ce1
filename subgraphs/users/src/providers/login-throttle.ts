import { createHash } from 'node:crypto';
import type { Logger } from '@sp0t1fy/platform';
import { consumeOrRefuse, type RateLimiters } from './rate-limits.js';

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
}

export function createLoginThrottle(
  limiters: RateLimiters,
  limits: LoginThrottleLimits,
  logger: Logger,
): LoginThrottle {
  const perAccountAndIp = limiters.limiter('login-failures-account-ip', limits.perAccountAndIp, limits.windowSeconds);
  const perIp = limiters.limiter('login-failures-ip', limits.perIp, limits.windowSeconds);
  return {
    async begin(email, clientIp) {
      // Hashed: keys stay short whatever was typed, and addresses never sit in Redis in clear.
      const accountKey = `${createHash('sha256').update(email).digest('base64url')}:${clientIp}`;
      await consumeOrRefuse(
        [
          [perIp, clientIp],
          [perAccountAndIp, accountKey],
        ],
        {
          message: (wait) => `Too many sign-in attempts. Try again in ${wait}.`,
          logger,
          log: { clientIp, on: 'login' },
        },
      );
      return {
        async succeeded() {
          await Promise.all([perAccountAndIp.delete(accountKey), perIp.reward(clientIp, 1)]);
        },
      };
    },
  };
}
