import type { AccessTokens, Logger, RequestAuth, Revocations } from '@sp0t1fy/platform';
import type DataLoader from 'dataloader';
import type { UserRow } from './database.js';
import type { AppPasswordCipher } from './providers/app-password-crypto.js';
import type { AppPasswordsRepository } from './providers/app-passwords-repository.js';
import type { LoginThrottle } from './providers/login-throttle.js';
import type { PasswordHasher } from './providers/password-hasher.js';
import type { RateLimiters } from './providers/rate-limits.js';
import type { RegistrationThrottle } from './providers/registration-throttle.js';
import type { UsersRepository } from './providers/users-repository.js';

/** Built once per process. */
export interface UsersProviders {
  users: UsersRepository;
  passwords: PasswordHasher;
  accessTokens: AccessTokens;
  revocations: Revocations;
  rateLimiters: RateLimiters;
  loginThrottle: LoginThrottle;
  registrationThrottle: RegistrationThrottle;
  appPasswords: AppPasswordsRepository;
  appPasswordCipher: AppPasswordCipher;
}

/** Built once per request. */
export interface UsersContext extends UsersProviders {
  auth: RequestAuth;
  log: Logger;
  /** The caller's address as the gateway saw it (X-Forwarded-For, believed only from loopback). */
  clientIp: string;
  userById: DataLoader<string, UserRow | null>;
  /** Set by register and login: the payload's user is the viewer although the request had no token. */
  signedInUserId?: string;
}
