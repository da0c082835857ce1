import { isUuid } from '@sp0t1fy/platform';
import { type Kysely, sql } from 'kysely';
import type { AppPasswordRow, UserRow, UsersDatabase } from '../database.js';

/** Enough for every app on every device; token sign-in decrypts at most this many rows. */
export const MAX_APP_PASSWORDS_PER_USER = 25;
/** lastUsedAt is a hint for the settings page, not an audit log: one write a minute at most. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export class TooManyAppPasswordsError extends Error {}

export interface NewAppPassword {
  userId: string;
  name: string;
  encrypted: Buffer;
  digest: Buffer;
}

export function createAppPasswordsRepository(db: Kysely<UsersDatabase>) {
  return {
    /** Counts and inserts under the owner's row lock, so parallel creations cannot pass the limit. */
    async create(password: NewAppPassword): Promise<AppPasswordRow> {
      return db.transaction().execute(async (trx) => {
        await trx.selectFrom('users').select('id').where('id', '=', password.userId).forUpdate().execute();
        const { count } = await trx
          .selectFrom('app_passwords')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .where('user_id', '=', password.userId)
          .executeTakeFirstOrThrow();
        if (Number(count) >= MAX_APP_PASSWORDS_PER_USER) throw new TooManyAppPasswordsError();
        return trx
          .insertInto('app_passwords')
          .values({
            user_id: password.userId,
            name: password.name,
            password_encrypted: password.encrypted,
            lookup_digest: password.digest,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    },

    /** The user's app passwords, newest first, ciphertexts included (token sign-in needs them). */
    listForUser(userId: string): Promise<AppPasswordRow[]> {
      return db
        .selectFrom('app_passwords')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(MAX_APP_PASSWORDS_PER_USER)
        .execute();
    },

    /** The app password with this digest and its owner. */
    async findByDigest(digest: Buffer): Promise<{ appPassword: AppPasswordRow; user: UserRow } | undefined> {
      const row = await db
        .selectFrom('app_passwords')
        .innerJoin('users', 'users.id', 'app_passwords.user_id')
        .selectAll('app_passwords')
        .select(['users.email', 'users.display_name', 'users.password_hash', 'users.created_at as user_created_at'])
        .where('app_passwords.lookup_digest', '=', digest)
        .executeTakeFirst();
      if (!row) return undefined;
      const { email, display_name, password_hash, user_created_at, ...appPassword } = row;
      return {
        appPassword,
        user: { id: appPassword.user_id, email, display_name, password_hash, created_at: user_created_at },
      };
    },

    /** Deletes it: sign-ins read this table every time, so no instance accepts it afterwards. */
    async revoke(userId: string, id: string): Promise<boolean> {
      if (!isUuid(id)) return false;
      const result = await db
        .deleteFrom('app_passwords')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    /** Marks it used unless it was marked within the last minute (by this row as read, then in SQL). */
    async markUsed(appPassword: AppPasswordRow, now = new Date()): Promise<void> {
      const last = appPassword.last_used_at;
      if (last && now.getTime() - last.getTime() < LAST_USED_RESOLUTION_MS) return;
      await db
        .updateTable('app_passwords')
        .set({ last_used_at: now })
        .where('id', '=', appPassword.id)
        .where((eb) =>
          eb.or([
            eb('last_used_at', 'is', null),
            eb('last_used_at', '<', sql<Date>`${now}::timestamptz - interval '1 minute'`),
          ]),
        )
        .execute();
    },
  };
}

export type AppPasswordsRepository = ReturnType<typeof createAppPasswordsRepository>;
