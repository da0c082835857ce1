import { forbidden } from '@sp0t1fy/platform';
import type { UserResolvers } from '../__generated__/resolvers-types.js';
import { requireAccountSession } from './app-passwords.js';

export const User: UserResolvers = {
  __resolveReference: (reference, context) => context.userById.load(reference.id),
  displayName: (user) => user.display_name,
  createdAt: (user) => user.created_at,
  async email(user, _args, context) {
    if (context.signedInUserId === user.id) return user.email;
    const viewer = await context.auth.viewer().catch(() => null);
    return viewer?.userId === user.id ? user.email : null;
  },
  async appPasswords(user, _args, context) {
    const viewer = await requireAccountSession(context);
    if (viewer.userId !== user.id) throw forbidden('Only the user themself can see their app passwords');
    return context.appPasswords.listForUser(user.id);
  },
};
