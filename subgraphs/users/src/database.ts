import type { ColumnType, Generated, Selectable } from 'kysely';

export interface UsersTable {
  id: Generated<string>;
  /** Trimmed and lower-cased: the unique index makes addresses unique regardless of case. */
  email: string;
  display_name: string;
  password_hash: string;
  created_at: ColumnType<Date, never, never>;
}

export interface RevokedTokensTable {
  token_id: string;
  expires_at: Date;
}

/** Passwords for apps (Subsonic clients): encrypted, not hashed, because token sign-in needs them in clear. */
export interface AppPasswordsTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  /** AES-256-GCM under APP_PASSWORD_KEY: iv (12 bytes) ‖ ciphertext ‖ tag (16 bytes). */
  password_encrypted: Buffer;
  /** HMAC-SHA256 of the password under a key derived from APP_PASSWORD_KEY: finds the row of a password in clear. */
  lookup_digest: Buffer;
  created_at: ColumnType<Date, never, never>;
  last_used_at: ColumnType<Date | null, never, Date>;
}

export interface UsersDatabase {
  users: UsersTable;
  revoked_tokens: RevokedTokensTable;
  app_passwords: AppPasswordsTable;
}

export type UserRow = Pick<UsersTable, 'email' | 'display_name' | 'password_hash'> & { id: string; created_at: Date };

export type AppPasswordRow = Selectable<AppPasswordsTable>;
