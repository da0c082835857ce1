import type { SongRow } from '../../database.js';
import type { StreamSource } from './stream-choice.js';

/** What "the original when it already is that codec" compares: the probe's codec (MP3, FLAC, OPUS...). */
export function streamSourceOf(row: Pick<SongRow, 'codec' | 'bitrate_kbps'>): StreamSource {
  return { codec: row.codec, bitrateKbps: row.bitrate_kbps };
}
