import { badUserInput } from '@sp0t1fy/platform';
import { PLAYLIST_LIMITS } from './limits.js';
import type { PlaylistEntryView } from './playlist-entries.js';

/**
 * Extended M3U (M3U8 is the same in UTF-8), written and read here: the npm parsers are HLS or IPTV
 * parsers that drop line numbers, and an import must report each line it could not match.
 */

/** Case, accents and spacing ignored: "Björk " and "bjork" fold alike. */
export const fold = (text: string) =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** What a song is matched by: its folded artist and title together. */
export const matchKey = (artist: string, title: string) => `${fold(artist)}\u001f${fold(title)}`;

/** One entry of an M3U file: its #EXTINF title (when it has one) and its path. */
export interface M3uEntry {
  /** The 1-based line of the entry's path, or of its #EXTINF when it has no path. */
  line: number;
  /** What an unmatched entry is reported as: the path, else the #EXTINF title. */
  text: string;
  /** "artist - title" from #EXTINF, when given. */
  title: string | null;
  path: string | null;
}

const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');
const pathSegment = (text: string) => oneLine(text).replace(/[/\\]/g, '_');

/** #EXTM3U, then per entry whose song still exists its #EXTINF and its path-like name. */
export function exportM3u(entries: readonly PlaylistEntryView[]): string {
  const lines = ['#EXTM3U'];
  for (const entry of entries) {
    if (entry.deleted_at) continue;
    lines.push(`#EXTINF:${Math.round(entry.duration_seconds)},${oneLine(entry.artist)} - ${oneLine(entry.title)}`);
    const folders = [entry.artist, ...(entry.album ? [entry.album] : [])].map(pathSegment);
    lines.push(`${[...folders, `${pathSegment(entry.title)}.mp3`].join('/')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The entries of an extended (or plain) M3U, in order; over 1 MB or 10,000 entries is BAD_USER_INPUT. */
export function readM3u(text: string): M3uEntry[] {
  if (Buffer.byteLength(text, 'utf8') > PLAYLIST_LIMITS.importBytes) {
    throw badUserInput('An M3U file takes at most 1 MB', { field: 'm3u' });
  }
  const entries: M3uEntry[] = [];
  let pending: { line: number; title: string } | null = null;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    const number = index + 1;
    if (line.startsWith('#EXTINF:')) {
      // An #EXTINF with no path after it is an entry of its own, matched by title only.
      if (pending) entries.push({ line: pending.line, text: pending.title, title: pending.title, path: null });
      const comma = line.indexOf(',');
      pending = { line: number, title: comma === -1 ? '' : line.slice(comma + 1).trim() };
    } else if (line !== '' && !line.startsWith('#')) {
      entries.push({ line: number, text: line, title: pending?.title || null, path: line });
      pending = null;
    }
    if (entries.length > PLAYLIST_LIMITS.entries) {
      throw badUserInput(`A playlist holds at most ${PLAYLIST_LIMITS.entries} entries`, { field: 'm3u' });
    }
  }
  if (pending) entries.push({ line: pending.line, text: pending.title, title: pending.title, path: null });
  if (entries.length > PLAYLIST_LIMITS.entries) {
    throw badUserInput(`A playlist holds at most ${PLAYLIST_LIMITS.entries} entries`, { field: 'm3u' });
  }
  return entries;
}

/** What an entry may name, best first: artist/title pairs to look up, then a bare title. */
export function candidatesOf(entry: M3uEntry): { pairs: string[]; title: string | null } {
  const pairs: string[] = [];
  // "artist - title", where either may contain " - " itself: every split, left first.
  const splits = (text: string) => {
    const parts = text.split(' - ');
    for (let at = 1; at < parts.length; at++) {
      pairs.push(matchKey(parts.slice(0, at).join(' - '), parts.slice(at).join(' - ')));
    }
  };
  if (entry.title) splits(entry.title);
  let title: string | null = null;
  if (entry.path) {
    const segments = entry.path
      .replace(/^file:\/\//i, '')
      .split(/[/\\]/)
      .filter(Boolean)
      .map((segment) => safeDecode(segment));
    const fileName = (segments.at(-1) ?? '').replace(/\.[^.]+$/, '');
    // "<artist>/<album>/<title>.mp3" (our export) or "<artist>/<title>.mp3": the folders may name the artist.
    for (const folder of segments.slice(0, -1).reverse()) pairs.push(matchKey(folder, fileName));
    splits(fileName);
    title = fold(fileName) || null;
  }
  return { pairs, title };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
