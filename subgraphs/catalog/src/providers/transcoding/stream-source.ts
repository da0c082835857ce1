import type { SongRow } from '../../database.js';
import type { StreamSource } from './stream-choice.js';

/**
 * The stored file's codec, for "the original when it already is that codec". Rows made before the
 * codec was recorded are MP3 by mime type (the only format accepted then).
 */
export function streamSourceOf(row: SongRow): StreamSource {
  const recorded = (row as SongRow & { codec?: string | null }).codec;
  const codec = recorded ?? (row.mime_type === 'audio/mpeg' ? 'MP3' : null);
  return { codec, bitrateKbps: row.bitrate_kbps };
}
