import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PLAYLIST_LIMITS } from '../src/providers/limits.js';
import { candidatesOf, exportM3u, fold, matchKey, readM3u } from '../src/providers/m3u.js';
import type { PlaylistEntryView } from '../src/providers/playlist-entries.js';

const entry = (fields: Partial<PlaylistEntryView>): PlaylistEntryView => ({
  id: 'e',
  playlist_id: 'p',
  position: 0,
  song_id: 's',
  added_at: new Date(),
  title: 'Title',
  artist: 'Artist',
  album: null,
  duration_seconds: 10.4,
  deleted_at: null,
  ...fields,
});

describe('writing extended M3U', () => {
  it('writes #EXTINF with whole seconds and a path-like name, leaving out removed songs', () => {
    expect(
      exportM3u([
        entry({ title: 'Jóga', artist: 'Björk', album: 'Homogenic', duration_seconds: 305.6 }),
        entry({ title: 'Gone', deleted_at: new Date() }),
        entry({ title: 'AC/DC\nlive', artist: 'Band', album: null }),
      ]),
    ).toBe(
      '#EXTM3U\n#EXTINF:306,Björk - Jóga\nBjörk/Homogenic/Jóga.mp3\n#EXTINF:10,Band - AC/DC live\nBand/AC_DC live.mp3\n',
    );
  });
});

describe('reading extended M3U', () => {
  it('reads each entry with its line, #EXTINF title and path; an #EXTINF without a path is an entry too', () => {
    const text =
      '\uFEFF#EXTM3U\r\n#EXTINF:10,A - One\r\nmusic/one.mp3\r\n\r\n# a comment\r\nplain.mp3\r\n#EXTINF:5,B - Two\r\n#EXTINF:-1,C - Three\r\n';
    expect(readM3u(text)).toEqual([
      { line: 3, text: 'music/one.mp3', title: 'A - One', path: 'music/one.mp3' },
      { line: 6, text: 'plain.mp3', title: null, path: 'plain.mp3' },
      { line: 7, text: 'B - Two', title: 'B - Two', path: null },
      { line: 8, text: 'C - Three', title: 'C - Three', path: null },
    ]);
  });

  it('refuses more than 10,000 entries or 1 MB', () => {
    const entries = `#EXTM3U\n${'a.mp3\n'.repeat(PLAYLIST_LIMITS.entries + 1)}`;
    const big = `#EXTM3U\n#${'x'.repeat(PLAYLIST_LIMITS.importBytes)}\n`;
    for (const text of [entries, big]) {
      expect(() => readM3u(text)).toThrow(GraphQLError);
    }
    expect(readM3u(`#EXTM3U\n${'a.mp3\n'.repeat(PLAYLIST_LIMITS.entries)}`)).toHaveLength(PLAYLIST_LIMITS.entries);
  });

  it('folds case, accents and spacing, and tries every reading of a title and a path', () => {
    expect(fold('  Björk   GUÐMUNDSDÓTTIR ')).toBe('bjork guðmundsdottir');
    const [read] = readM3u('#EXTINF:1,A - B - C\nArtist/Album/Song%20Name.mp3\n');
    expect(candidatesOf(read!)).toEqual({
      pairs: [
        matchKey('A', 'B - C'),
        matchKey('A - B', 'C'),
        matchKey('Album', 'Song Name'),
        matchKey('Artist', 'Song Name'),
      ],
      title: 'song name',
    });
  });
});
