import type { RevocationLedger } from '@sp0t1fy/platform';
import type { Kysely } from 'kysely';
import type { UsersDatabase } from '../database.js';

/** The sign-out list in PostgreSQL, so it outlives restarts of this service and of Redis. */
export function createRevokedTokens(db: Kysely<UsersDatabase>): RevocationLedger {
  return {
    async revoke(tokenId, expiresAt) {
      if (expiresAt.getTime() <= Date.now()) return;
      // An expired token is refused by its signature check, so its row is no longer needed.
      await db.deleteFrom('revoked_tokens').where('expires_at', '<', new Date()).execute();
      await db
        .insertInto('revoked_tokens')
        .values({ token_id: tokenId, expires_at: expiresAt })
        .onConflict((conflict) => conflict.column('token_id').doNothing())
        .execute();
    },

    async isRevoked(tokenId) {
      const row = await db
        .selectFrom('revoked_tokens')
        .select('token_id')
        .where('token_id', '=', tokenId)
        .executeTakeFirst();
      return row !== undefined;
    },

    async unexpired() {
      const rows = await db
        .selectFrom('revoked_tokens')
        .select(['token_id', 'expires_at'])
        .where('expires_at', '>', new Date())
        .execute();
      return rows.map((row) => ({ tokenId: row.token_id, expiresAt: row.expires_at }));
    },
  };
}
