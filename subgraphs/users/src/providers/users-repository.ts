import { isUuid } from '@sp0t1fy/platform';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { UserRow, UsersDatabase } from '../database.js';

export class EmailTakenError extends Error {}

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
}

export function createUsersRepository(db: Kysely<UsersDatabase>) {
  return {
    async create(user: NewUser): Promise<UserRow> {
      const created = await db
        .insertInto('users')
        .values({ email: user.email, display_name: user.displayName, password_hash: user.passwordHash })
        .onConflict((conflict) => conflict.column('email').doNothing())
        .returningAll()
        .executeTakeFirst();
      if (!created) throw new EmailTakenError(user.email);
      return created;
    },

    findByEmail(email: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    },

    async updatePasswordHash(id: string, passwordHash: string): Promise<void> {
      await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
    },

    /** One query for every user a request asks for (a page of songs names many uploaders). */
    createLoader(): DataLoader<string, UserRow | null> {
      return new DataLoader(async (ids) => {
        const valid = ids.filter(isUuid);
        const rows = valid.length ? await db.selectFrom('users').selectAll().where('id', 'in', valid).execute() : [];
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      });
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;
