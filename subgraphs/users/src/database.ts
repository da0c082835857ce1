import type { ColumnType, Generated } from 'kysely';

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

export interface UsersDatabase {
  users: UsersTable;
  revoked_tokens: RevokedTokensTable;
}

export type UserRow = Pick<UsersTable, 'email' | 'display_name' | 'password_hash'> & { id: string; created_at: Date };
