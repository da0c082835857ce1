import { type IAudioMetadata, TimestampFormat } from 'music-metadata';
import { type ParsedLyrics, parseLrc } from './lrc-parser.js';

/** Vorbis comments that hold lyrics; their text is often LRC, which then counts as synced. */
const VORBIS_LYRICS = ['LYRICS', 'UNSYNCEDLYRICS'];

/**
 * The lyrics a file's tags carry: ID3 SYLT (synced, in milliseconds) before USLT, Vorbis LYRICS and
 * UNSYNCEDLYRICS, MP4 ©lyr. Texts are read as LRC, so LRC pasted into a plain lyrics tag is synced.
 * Null when there are none (or only blank ones).
 */
export function readTagLyrics({ common, native }: Pick<IAudioMetadata, 'common' | 'native'>): ParsedLyrics | null {
  const candidates: ParsedLyrics[] = [];
  const vorbis = native.vorbis ?? [];
  // The raw comment, not music-metadata's own LRC reading of it (one timestamp per line only).
  for (const tag of vorbis) {
    if (VORBIS_LYRICS.includes(tag.id.toUpperCase()) && typeof tag.value === 'string')
      candidates.push(parseLrc(tag.value));
  }
  if (vorbis.length === 0) {
    for (const tag of common.lyrics ?? []) {
      // USLT comes without syncText, whatever the type says.
      const syncText = tag.syncText ?? [];
      const timed = syncText.filter((line) => typeof line.timestamp === 'number');
      if (tag.timeStampFormat === TimestampFormat.milliseconds && timed.length > 0) {
        const lines = timed
          .map((line) => ({ timeMs: Math.round(line.timestamp!), text: line.text.trim() }))
          .sort((a, b) => a.timeMs - b.timeMs);
        candidates.push({ synced: true, lines, plain: lines.map((line) => line.text).join('\n') });
      } else if (tag.text) {
        candidates.push(parseLrc(tag.text));
      } else if (syncText.length > 0) {
        candidates.push(parseLrc(syncText.map((line) => line.text).join('\n')));
      }
    }
  }
  const found = candidates.filter((lyrics) => lyrics.plain.trim() !== '' || lyrics.lines.length > 0);
  const best = found.find((lyrics) => lyrics.synced) ?? found[0];
  return best ? { synced: best.synced, lines: best.lines, plain: best.plain } : null;
}
