import { commonEnv, env, loadConfig } from '@sp0t1fy/platform';
import { z } from 'zod';

// OWASP's floor for argon2id; lower values are refused rather than silently weakening passwords.
const OWASP_MIN_MEMORY_KIB = 19_456;
const OWASP_MIN_ITERATIONS = 2;

export const usersEnv = z.object({
  ...commonEnv,
  USERS_PORT: env.port(4001),
  /** PostgreSQL for the users service; without it, an embedded PGlite under DATA_DIR/users. */
  USERS_DATABASE_URL: env.optionalUrl(),
  /** Lifetime of an access token: an hour, like Spotify's; the web app then asks the user to sign in again. */
  JWT_TTL_SECONDS: env.positiveInt(3600),
  ARGON2_MEMORY_KIB: env.positiveInt(OWASP_MIN_MEMORY_KIB).pipe(z.number().min(OWASP_MIN_MEMORY_KIB)),
  ARGON2_ITERATIONS: env.positiveInt(OWASP_MIN_ITERATIONS).pipe(z.number().min(OWASP_MIN_ITERATIONS)),
  /** Failed sign-ins per account from one address before TOO_MANY_REQUESTS, within the window below. */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: env.positiveInt(5),
  /** Failed sign-ins from one address over all accounts (a password spray) within the window. */
  LOGIN_MAX_FAILURES_PER_IP: env.positiveInt(50),
  LOGIN_THROTTLE_WINDOW_SECONDS: env.positiveInt(15 * 60),
  /** Accounts one address may create within the window below: each costs an argon2 hash and a row. */
  REGISTRATIONS_PER_IP: env.positiveInt(10),
  REGISTRATIONS_WINDOW_SECONDS: env.positiveInt(60 * 60),
  /**
   * Encrypts app passwords (32+ characters); generated into DATA_DIR when unset, which suits one
   * machine only. Changing it makes every existing app password stop working.
   */
  APP_PASSWORD_KEY: env.secret(),
});

export type UsersConfig = z.infer<typeof usersEnv>;

export const loadUsersConfig = (source?: Record<string, string | undefined>) => loadConfig(usersEnv, source);
