/**
 * LRC (https://en.wikipedia.org/wiki/LRC_(file_format)) and plain-text lyrics. Written here rather
 * than taken from npm: uploads must report how many lines had unreadable timestamps, which the LRC
 * libraries (clrc, lrc-kit) silently drop or keep as text.
 *
 * Read: [mm:ss], [mm:ss.x], [mm:ss.xx], [mm:ss.xxx] (also [mm:ss:xx]), several stamps on one line
 * ("[00:10.00][01:10.00]Chorus"), [offset:±ms] (positive shows lines earlier), the metadata tags
 * ([ar:], [ti:], [al:], [by:], [length:]...), which are not lyrics, and enhanced-LRC word stamps
 * (<mm:ss.xx>), which are dropped from the text. A text with no timestamp at all is plain lyrics.
 */
import type { LyricLineJson } from '../../database.js';

export interface ParsedLyrics {
  synced: boolean;
  /** In time order (stable for equal times); empty when not synced. */
  lines: LyricLineJson[];
  plain: string;
}

export interface LrcParse extends ParsedLyrics {
  /** Lines left out because a timestamp on them could not be read (or, in a synced file, had none). */
  skippedLines: number;
}

const STAMP = /^\[(\d{1,3}):(\d{1,2})(?:[.:](\d{1,3}))?\]/;
/** A leading bracket starting with a digit, not metadata: meant as a timestamp, readable or not ("[Chorus]" is text). */
const BRACKETED = /^\[\d[^\]]*\]/;
const METADATA = /^\[(ar|ti|al|au|by|re|ve|length|offset|tool|#)\s*:([^\]]*)\]\s*$/i;
const WORD_STAMP = /<\d{1,3}:\d{1,2}(?:[.:]\d{1,3})?>/g;

export function parseLrc(text: string): LrcParse {
  const rows = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let offsetMs = 0;
  const timed: { timeMs: number; text: string }[] = [];
  let skippedLines = 0;
  const untimed: string[] = [];

  for (const row of rows) {
    const line = row.trim();
    if (line === '') continue;
    const metadata = METADATA.exec(line);
    if (metadata) {
      if (metadata[1]!.toLowerCase() === 'offset') offsetMs = Number.parseInt(metadata[2]!.trim(), 10) || 0;
      continue;
    }
    const stamps = readStamps(line);
    if (stamps === 'unreadable') {
      skippedLines++;
    } else if (stamps) {
      const words = stamps.rest.replace(WORD_STAMP, '').replace(/\s+/g, ' ').trim();
      for (const timeMs of stamps.timesMs) timed.push({ timeMs, text: words });
    } else {
      untimed.push(line);
    }
  }

  if (timed.length === 0) {
    // No timestamp anywhere: plain lyrics, every line kept (lines that tried to be stamps stay out).
    return { synced: false, lines: [], plain: untimed.join('\n'), skippedLines };
  }
  const lines = timed
    .map((line) => ({ timeMs: Math.max(0, line.timeMs - offsetMs), text: line.text }))
    .sort((a, b) => a.timeMs - b.timeMs);
  return {
    synced: true,
    lines,
    plain: lines.map((line) => line.text).join('\n'),
    // Text lines without a time cannot be placed in a synced file.
    skippedLines: skippedLines + untimed.length,
  };
}

/** Null: the line starts with no bracket. 'unreadable': a bracket that is no valid timestamp. */
function readStamps(line: string): { timesMs: number[]; rest: string } | 'unreadable' | null {
  if (!BRACKETED.test(line)) return null;
  const timesMs: number[] = [];
  let rest = line;
  while (BRACKETED.test(rest)) {
    const stamp = STAMP.exec(rest);
    if (!stamp) return 'unreadable';
    const seconds = Number(stamp[2]);
    if (seconds >= 60) return 'unreadable';
    const fraction = stamp[3] ?? '';
    const ms = fraction === '' ? 0 : Number(fraction.padEnd(3, '0'));
    timesMs.push((Number(stamp[1]) * 60 + seconds) * 1000 + ms);
    rest = rest.slice(stamp[0].length).trimStart();
  }
  return { timesMs, rest };
}
