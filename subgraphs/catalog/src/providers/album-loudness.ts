import { type Kysely, sql } from 'kysely';
import type { CatalogDatabase } from '../database.js';

export interface AlbumLoudness {
  /** The energy average of its measured songs' integrated loudness, LUFS. */
  integratedLufs: number;
  /** The largest of their sample peaks. */
  peak: number;
}

/**
 * Album gain for songs whose loudness was measured: the album played as one is about as loud as the
 * energy mean of its songs (10·log10 of the mean of 10^(I/10)), each song counted once whatever its
 * length. One statement for many albums; the albums' songs without a measurement are left out.
 */
export async function albumLoudnessOf(
  db: Kysely<CatalogDatabase>,
  albumIds: readonly string[],
): Promise<Map<string, AlbumLoudness>> {
  if (albumIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('songs')
    .select([
      'album_id',
      sql<number>`10 * log(avg(power(10::double precision, integrated_lufs / 10)))`.as('integrated_lufs'),
      sql<number>`max(track_peak)`.as('peak'),
    ])
    .where('album_id', 'in', [...albumIds])
    .where('integrated_lufs', 'is not', null)
    .groupBy('album_id')
    .execute();
  return new Map(
    rows.map((row) => [row.album_id!, { integratedLufs: Number(row.integrated_lufs), peak: Number(row.peak) }]),
  );
}
