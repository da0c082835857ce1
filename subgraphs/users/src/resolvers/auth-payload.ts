import type { UsersContext } from '../context.js';
import type { UserRow } from '../database.js';

export function signIn(user: UserRow, context: UsersContext) {
  const { token, expiresAt } = context.accessTokens.issue(user.id);
  context.signedInUserId = user.id;
  return { token, expiresAt, user };
}
