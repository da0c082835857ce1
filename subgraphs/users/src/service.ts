import {
  configuredOrGeneratedSecret,
  defineSubgraph,
  REVOCATIONS_PATH,
  type RevocationStatus,
  type RunningSubgraph,
} from '@sp0t1fy/platform';
import { loadUsersConfig, usersEnv } from './config.js';
import type { UsersContext, UsersProviders } from './context.js';
import type { UsersDatabase } from './database.js';
import { migrations } from './migrations/index.js';
import { typeDefs } from './module.graphql.js';
import { createAppPasswordCipher } from './providers/app-password-crypto.js';
import { createAppPasswordsRepository } from './providers/app-passwords-repository.js';
import { createLoginThrottle } from './providers/login-throttle.js';
import { createPasswordHasher } from './providers/password-hasher.js';
import { createRateLimiters } from './providers/rate-limits.js';
import { createRegistrationThrottle } from './providers/registration-throttle.js';
import { createRevokedTokens } from './providers/revoked-tokens.js';
import { createUsersRepository } from './providers/users-repository.js';
import { access, resolvers } from './resolvers/index.js';

export type { UsersConfig } from './config.js';
export { loadUsersConfig };

export type RunningUsersService = RunningSubgraph<UsersDatabase, UsersProviders>;

export const service = defineSubgraph<typeof usersEnv, UsersDatabase, UsersProviders, UsersContext>({
  name: 'users',
  typeDefs,
  configSchema: usersEnv,
  resolvers,
  access,
  migrations,
  revocationLedger: createRevokedTokens,
  wiring: (config) => ({
    createProviders: async (runtime) => {
      const appPasswordKey = await configuredOrGeneratedSecret(config.APP_PASSWORD_KEY, {
        dataDir: config.DATA_DIR,
        name: 'app-password-key',
        variable: 'APP_PASSWORD_KEY',
        logger: runtime.logger,
      });
      const rateLimiters = createRateLimiters({
        redisUrl: config.REDIS_URL,
        keyPrefix: `${config.CACHE_NAMESPACE}:users:`,
      });
      return {
        users: createUsersRepository(runtime.db),
        appPasswords: createAppPasswordsRepository(runtime.db),
        appPasswordCipher: createAppPasswordCipher(appPasswordKey),
        passwords: createPasswordHasher({
          memoryKiB: config.ARGON2_MEMORY_KIB,
          iterations: config.ARGON2_ITERATIONS,
        }),
        accessTokens: runtime.accessTokens,
        revocations: runtime.revocations,
        rateLimiters,
        loginThrottle: createLoginThrottle(
          rateLimiters,
          {
            perAccountAndIp: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
            perIp: config.LOGIN_MAX_FAILURES_PER_IP,
            windowSeconds: config.LOGIN_THROTTLE_WINDOW_SECONDS,
          },
          runtime.logger,
        ),
        registrationThrottle: createRegistrationThrottle(
          rateLimiters,
          { perIp: config.REGISTRATIONS_PER_IP, windowSeconds: config.REGISTRATIONS_WINDOW_SECONDS },
          runtime.logger,
        ),
      };
    },
    createContext: (call, providers, runtime) => ({
      ...providers,
      auth: runtime.authenticate(call.authorization),
      log: call.log,
      clientIp: call.clientIp,
      userById: providers.users.createLoader(),
    }),
    stop: (providers) => providers.rateLimiters.close(),
    internalRoutes(app, providers) {
      // Other services ask here whether a token was signed out, when the shared Redis cannot answer.
      app.get(`${REVOCATIONS_PATH}/:tokenId`, async (req, res) => {
        const status: RevocationStatus = { revoked: await providers.revocations.isRevoked(req.params.tokenId) };
        res.json(status);
      });
    },
  }),
});

export const startUsersService = service.start;
