import type { Migration } from 'kysely';
import * as createUsers from './0001-create-users.js';
import * as createRevokedTokens from './0002-create-revoked-tokens.js';
import * as createAppPasswords from './0003-create-app-passwords.js';

export const migrations: Record<string, Migration> = {
  '0001-create-users': createUsers,
  '0002-create-revoked-tokens': createRevokedTokens,
  '0003-create-app-passwords': createAppPasswords,
};
