import type { Migration } from 'kysely';
import * as createUsers from './0001-create-users.js';

export const migrations: Record<string, Migration> = {
  '0001-create-users': createUsers,
};
