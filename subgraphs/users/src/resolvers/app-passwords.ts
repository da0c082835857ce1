import { badUserInput, forbidden, notFound, type Viewer } from '@sp0t1fy/platform';
import type { AppPasswordResolvers, MutationResolvers } from '../__generated__/resolvers-types.js';
import type { UsersContext } from '../context.js';
import { generateAppPassword } from '../providers/app-password-crypto.js';
import { validateAppPasswordName } from '../providers/app-password-names.js';
import { checkAppPassword } from '../providers/app-password-sign-in.js';
import { MAX_APP_PASSWORDS_PER_USER, TooManyAppPasswordsError } from '../providers/app-passwords-repository.js';
import { signIn } from './auth-payload.js';

/** Tokens from signInWithAppPassword are used for one request (the Subsonic API signs in on each). */
export const APP_PASSWORD_TOKEN_TTL_SECONDS = 5 * 60;

/**
 * Managing app passwords takes the account's own sign-in: with an app password's token, a leaked
 * app password could create its own successor and outlive its revocation.
 */
export async function requireAccountSession(context: UsersContext): Promise<Viewer> {
  const viewer = await context.auth.requireViewer();
  if (viewer.viaAppPassword) {
    throw forbidden('Sign in with your account password to manage app passwords', { reason: 'APP_PASSWORD_SESSION' });
  }
  return viewer;
}

export const appPasswordMutations: Pick<
  MutationResolvers,
  'createAppPassword' | 'revokeAppPassword' | 'signInWithAppPassword'
> = {
  async createAppPassword(_parent, { name }, context) {
    const viewer = await requireAccountSession(context);
    const validName = validateAppPasswordName(name);
    const password = generateAppPassword();
    try {
      const appPassword = await context.appPasswords.create({
        userId: viewer.userId,
        name: validName,
        encrypted: context.appPasswordCipher.encrypt(password, viewer.userId),
        digest: context.appPasswordCipher.digest(password),
      });
      context.log.info({ userId: viewer.userId, appPasswordId: appPassword.id }, 'app password created');
      return { appPassword, password };
    } catch (error) {
      if (error instanceof TooManyAppPasswordsError) {
        throw badUserInput(`You can have at most ${MAX_APP_PASSWORDS_PER_USER} app passwords; revoke one first`, {
          field: 'name',
          reason: 'TOO_MANY_APP_PASSWORDS',
        });
      }
      throw error;
    }
  },

  async revokeAppPassword(_parent, { id }, context) {
    const viewer = await requireAccountSession(context);
    // Another user's id answers like an unknown one: ids are not a way to learn what exists.
    if (!(await context.appPasswords.revoke(viewer.userId, id))) {
      throw notFound('There is no app password with this id', { field: 'id' });
    }
    context.log.info({ userId: viewer.userId, appPasswordId: id }, 'app password revoked');
    return true;
  },

  async signInWithAppPassword(_parent, { input }, context) {
    const { user, appPassword } = await checkAppPassword(input, context.clientIp, {
      appPasswords: context.appPasswords,
      users: context.users,
      cipher: context.appPasswordCipher,
      throttle: context.loginThrottle,
    });
    context.log.debug({ userId: user.id, appPasswordId: appPassword.id }, 'signed in with an app password');
    return signIn(user, context, { ttlSeconds: APP_PASSWORD_TOKEN_TTL_SECONDS, viaAppPassword: true });
  },
};

export const AppPassword: AppPasswordResolvers = {
  createdAt: (row) => row.created_at,
  lastUsedAt: (row) => row.last_used_at,
};
