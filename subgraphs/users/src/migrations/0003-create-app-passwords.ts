import { type Kysely, sql } from 'kysely';

/** App passwords: revoking one deletes its row, so no instance can accept it a moment later. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('app_passwords')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('password_encrypted', 'bytea', (column) => column.notNull())
    // apiKey and plain-password sign-ins find their row by this digest, without decrypting every row.
    .addColumn('lookup_digest', 'bytea', (column) => column.notNull().unique())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('last_used_at', 'timestamptz')
    .execute();
  // The settings page's list and token sign-in: one user's rows, newest first.
  await sql`create index app_passwords_user on app_passwords (user_id, created_at desc, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('app_passwords').execute();
}
