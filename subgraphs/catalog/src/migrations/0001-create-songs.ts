import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // PGlite loads these from the subgraph's embeddedExtensions; PostgreSQL ships them (both are trusted
  // extensions, so the database owner may create them).
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create extension if not exists unaccent`.execute(db);
  // unaccent() is only STABLE (its dictionary could change), so it cannot appear in a generated column
  // or an index; this wrapper pins the dictionary and declares the result IMMUTABLE, the usual pattern.
  await sql`
    create function catalog_fold(value text) returns text
    language sql immutable strict parallel safe
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$
  `.execute(db);

  await db.schema
    .createTable('songs')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // Insertion order: keyset pagination sorts on it (unique and exact, unlike a timestamp).
    .addColumn('seq', 'bigint', (column) => column.notNull().unique().generatedAlwaysAsIdentity())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('artist', 'text', (column) => column.notNull())
    .addColumn('album', 'text')
    .addColumn('genre', 'text')
    .addColumn('release_year', 'integer')
    .addColumn('duration_seconds', 'double precision', (column) => column.notNull())
    .addColumn('bitrate_kbps', 'integer')
    .addColumn('sample_rate_hz', 'integer')
    .addColumn('channels', 'integer')
    .addColumn('mime_type', 'text', (column) => column.notNull())
    .addColumn('size_bytes', 'bigint', (column) => column.notNull())
    // The blob store's key for the audio; several songs may share one blob.
    .addColumn('sha256', 'text', (column) => column.notNull())
    .addColumn('cover_sha256', 'text')
    .addColumn('cover_mime_type', 'text')
    .addColumn('cover_size_bytes', 'integer')
    .addColumn('uploaded_by', 'uuid', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('search_text', 'text', (column) =>
      column
        .notNull()
        .generatedAlwaysAs(sql`catalog_fold(title || ' ' || artist || ' ' || coalesce(album, ''))`)
        .stored(),
    )
    .execute();

  await sql`create index songs_search_text_trgm on songs using gin (search_text gin_trgm_ops)`.execute(db);
  await db.schema.createIndex('songs_sha256').on('songs').column('sha256').execute();
  await db.schema.createIndex('songs_cover_sha256').on('songs').column('cover_sha256').execute();
  await sql`create index songs_genre on songs (lower(genre), seq desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('songs').execute();
  await sql`drop function catalog_fold(text)`.execute(db);
}
