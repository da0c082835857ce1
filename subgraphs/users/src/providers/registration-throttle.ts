import type { Logger } from '@sp0t1fy/platform';
import { consumeOrRefuse, type RateLimiters } from './rate-limits.js';

export interface RegistrationThrottle {
  /**
   * Counts an account creation from `clientIp` before its password is hashed: each costs an argon2
   * hash and a row, so one address cannot flood the service with either.
   */
  begin(clientIp: string): Promise<void>;
}

export function createRegistrationThrottle(
  limiters: RateLimiters,
  limits: { perIp: number; windowSeconds: number },
  logger: Logger,
): RegistrationThrottle {
  const perIp = limiters.limiter('registrations-ip', limits.perIp, limits.windowSeconds);
  return {
    begin: (clientIp) =>
      consumeOrRefuse([[perIp, clientIp]], {
        message: (wait) => `Too many new accounts from this address. Try again in ${wait}.`,
        logger,
        log: { clientIp, on: 'register' },
      }),
  };
}
