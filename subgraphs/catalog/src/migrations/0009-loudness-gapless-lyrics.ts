import { type Kysely, sql } from 'kysely';

/**
 * Issue #15: what a player needs for levelling, gapless playback and lyrics.
 *
 * Loudness and gapless values are read (or measured) once at upload and never change, so they sit
 * on the song's row. Songs uploaded before this migration keep them null ("unknown"), which the API
 * reports as such. Lyrics get their own table: a song may have two (the tags' and an uploaded .lrc,
 * which wins), uploads replace them, and they are large enough not to belong in every song read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table songs
      add column loudness_source text check (loudness_source in ('TAGS', 'MEASURED')),
      add column track_gain_db double precision,
      add column track_peak double precision check (track_peak >= 0),
      add column album_gain_db double precision,
      add column album_peak double precision check (album_peak >= 0),
      add column integrated_lufs double precision,
      add column encoder_delay_samples integer check (encoder_delay_samples >= 0),
      add column padding_samples integer check (padding_samples >= 0),
      add column total_samples bigint check (total_samples >= 0),
      add constraint songs_loudness_whole check ((loudness_source is null) = (track_gain_db is null)
        and (track_gain_db is null) = (track_peak is null))
  `.execute(db);

  await sql`
    create table song_lyrics (
      song_id uuid not null references songs (id) on delete cascade,
      source text not null check (source in ('UPLOADED', 'TAGS')),
      synced boolean not null,
      -- [{"timeMs": 1000, "text": "..."}] in time order; [] when not synced.
      lines jsonb not null,
      plain text not null,
      updated_at timestamptz not null default now(),
      primary key (song_id, source)
    )
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table song_lyrics`.execute(db);
  const columns = [
    'loudness_source',
    'track_gain_db',
    'track_peak',
    'album_gain_db',
    'album_peak',
    'integrated_lufs',
    'encoder_delay_samples',
    'padding_samples',
    'total_samples',
  ];
  await sql`alter table songs ${sql.join(columns.map((column) => sql`drop column ${sql.id(column)}`))}`.execute(db);
}
