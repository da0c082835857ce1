import { createHash } from 'node:crypto';
import { type Logger, unauthenticated } from '@sp0t1fy/platform';
import type { RateLimiterRes } from 'rate-limiter-flexible';
import { consumeOrRefuse, describeWait, type RateLimiters } from './rate-limits.js';

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

/** A sign-in whose check is cheap, so only its failures are counted. */
export interface CheckedSignIn {
  failed(): Promise<void>;
  /** Forgets the account's failures from this address, as a successful login does. */
  succeeded(): Promise<void>;
}

export interface LoginThrottle {
  /**
   * Counts an attempt before the password is checked (argon2 is what an attacker wants to make us
   * run), so parallel requests cannot all slip in before the first failure is recorded; a
   * throttled attempt is TOO_MANY_REQUESTS with `extensions.retryAfterSeconds`.
   */
  begin(email: string, clientIp: string): Promise<LoginAttempt>;
  /**
   * For app passwords, which an app sends with every request, several at once: counting attempts
   * up front would throttle a player loading covers in parallel. Their check is an HMAC or a few
   * decryptions, not argon2, so only failures count, against the same limits and counters as
   * login's. While over a limit: UNAUTHENTICATED with reason TOO_MANY_ATTEMPTS and
   * `extensions.retryAfterSeconds`.
   */
  beginChecked(account: string, clientIp: string): Promise<CheckedSignIn>;
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
      const accountKey = accountKeyOf(email, clientIp);
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

    async beginChecked(account, clientIp) {
      const accountKey = accountKeyOf(account, clientIp);
      const [byIp, byAccount] = await Promise.all([perIp.get(clientIp), perAccountAndIp.get(accountKey)]);
      const spent: RateLimiterRes[] = [];
      if (byIp && byIp.consumedPoints >= limits.perIp) spent.push(byIp);
      if (byAccount && byAccount.consumedPoints >= limits.perAccountAndIp) spent.push(byAccount);
      if (spent.length > 0) {
        const waitMs = Math.max(...spent.map((result) => result.msBeforeNext));
        const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
        logger.warn({ clientIp, on: 'app password', retryAfterSeconds }, 'throttled');
        throw unauthenticated(`Too many sign-in attempts. Try again in ${describeWait(retryAfterSeconds)}.`, {
          reason: 'TOO_MANY_ATTEMPTS',
          retryAfterSeconds,
        });
      }
      return {
        async failed() {
          await Promise.all([perIp.penalty(clientIp, 1), perAccountAndIp.penalty(accountKey, 1)]);
        },
        async succeeded() {
          if (byAccount && byAccount.consumedPoints > 0) await perAccountAndIp.delete(accountKey);
        },
      };
    },
  };
}

// Hashed: keys stay short whatever was typed, and addresses never sit in Redis in clear.
const accountKeyOf = (account: string, clientIp: string) =>
  `${createHash('sha256').update(account).digest('base64url')}:${clientIp}`;
