import { type Kysely, sql } from 'kysely';

/**
 * The stored file's codec, bit depth, losslessness and usual extension, now that uploads are not
 * only MP3. Every existing row is an MP3 (the only format accepted until now), which the defaults
 * fill in. The defaults stay: a row written without them (bench and test seeding by plain SQL,
 * which predates formats) is what every such row has always been, an MP3. The catalog itself always
 * writes all four from the probe.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table songs
      add column codec text not null default 'MP3'
        check (codec in ('MP3', 'FLAC', 'AAC', 'ALAC', 'VORBIS', 'OPUS', 'PCM')),
      add column bit_depth integer check (bit_depth > 0),
      add column lossless boolean not null default false,
      add column file_extension text not null default 'mp3'
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const columns = ['codec', 'bit_depth', 'lossless', 'file_extension'];
  await sql`alter table songs ${sql.join(columns.map((column) => sql`drop column ${sql.id(column)}`))}`.execute(db);
}
