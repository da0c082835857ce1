import type { IssueOptions } from '@sp0t1fy/platform';
import type { UsersContext } from '../context.js';
import type { UserRow } from '../database.js';

export function signIn(user: UserRow, context: UsersContext, options?: IssueOptions) {
  const { token, expiresAt } = context.accessTokens.issue(user.id, options);
  context.signedInUserId = user.id;
  return { token, expiresAt, user };
}
