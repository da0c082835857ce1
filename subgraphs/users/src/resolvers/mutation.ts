import { badUserInput, unauthenticated } from '@sp0t1fy/platform';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { normaliseEmail, PASSWORD_MAX_LENGTH, validateRegistration } from '../providers/credentials.js';
import { EmailTakenError } from '../providers/users-repository.js';
import { appPasswordMutations } from './app-passwords.js';
import { signIn } from './auth-payload.js';

const WRONG_CREDENTIALS = 'Email or password is incorrect';

export const Mutation: MutationResolvers = {
  ...appPasswordMutations,

  async register(_parent, args, context) {
    const { email, password, displayName } = validateRegistration(args);
    await context.registrationThrottle.begin(context.clientIp);
    const passwordHash = await context.passwords.hash(password);
    try {
      const user = await context.users.create({ email, displayName, passwordHash });
      context.log.info({ userId: user.id }, 'account created');
      return signIn(user, context);
    } catch (error) {
      if (error instanceof EmailTakenError) {
        throw badUserInput('An account with this email already exists; sign in instead', { field: 'email' });
      }
      throw error;
    }
  },

  async login(_parent, { email, password }, context) {
    // Counted per login field, not per HTTP request: aliased logins in one request are each an attempt.
    const attempt = await context.loginThrottle.begin(normaliseEmail(email), context.clientIp);
    if (password.length > PASSWORD_MAX_LENGTH) throw unauthenticated(WRONG_CREDENTIALS);
    const user = await context.users.findByEmail(normaliseEmail(email));
    if (!user) {
      await context.passwords.verifyNothing(password);
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    if (!(await context.passwords.verify(user.password_hash, password))) throw unauthenticated(WRONG_CREDENTIALS);
    if (context.passwords.needsRehash(user.password_hash)) {
      await context.users.updatePasswordHash(user.id, await context.passwords.hash(password));
      context.log.info({ userId: user.id }, 'password rehashed with the current parameters');
    }
    await attempt.succeeded();
    return signIn(user, context);
  },

  async logout(_parent, _args, context) {
    const viewer = await context.auth.requireViewer();
    await context.revocations.revoke(viewer.tokenId, viewer.expiresAt);
    return true;
  },
};
