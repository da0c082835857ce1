import { describe, expect, it } from 'vitest';
import { parseItunSmpb } from '../src/providers/audio/itunes-gapless.js';
import { parseLrc } from '../src/providers/lyrics/lrc-parser.js';

// The pure readers behind Song.lyrics and Song.gapless; the gateway suites (catalog-lyrics,
// catalog-loudness) cover them end to end through uploads.

describe('parseLrc', () => {
  it('reads every timestamp form, several stamps per line, in time order', () => {
    const parsed = parseLrc('[01:02]a\n[00:03.5]b\n[00:01.25][00:04.125]c\n[00:02:50]d\n');
    expect(parsed).toEqual({
      synced: true,
      lines: [
        { timeMs: 1250, text: 'c' },
        { timeMs: 2500, text: 'd' },
        { timeMs: 3500, text: 'b' },
        { timeMs: 4125, text: 'c' },
        { timeMs: 62000, text: 'a' },
      ],
      plain: 'c\nd\nb\nc\na',
      skippedLines: 0,
    });
  });

  it('applies [offset:] both ways without going below zero, and drops metadata and word stamps', () => {
    expect(parseLrc('[ti:T]\n[offset:-500]\n[00:01.00]<00:01.00>one <00:01.50>word').lines).toEqual([
      { timeMs: 1500, text: 'one word' },
    ]);
    expect(parseLrc('[offset:+2000]\n[00:01.00]early').lines).toEqual([{ timeMs: 0, text: 'early' }]);
  });

  it('keeps an empty timed line (an instrumental gap) and counts unreadable and untimed lines', () => {
    const parsed = parseLrc('[00:01.00]\n[00:02.00]x\n[00:0a.00]bad\n[99:99]bad\nloose words');
    expect(parsed.lines).toEqual([
      { timeMs: 1000, text: '' },
      { timeMs: 2000, text: 'x' },
    ]);
    expect(parsed.skippedLines).toBe(3);
  });

  it('reads text without any timestamp as plain lyrics, section headings included', () => {
    expect(parseLrc('[ar:Someone]\nVerse one\n\n[Chorus]\nLa la')).toEqual({
      synced: false,
      lines: [],
      plain: 'Verse one\n[Chorus]\nLa la',
      skippedLines: 0,
    });
  });
});

describe('parseItunSmpb', () => {
  it("reads iTunes' encoder delay, padding and sample count (hex words)", () => {
    // As iTunes writes it for a 2 s, 44.1 kHz AAC: 2112 samples of priming, 448 of padding.
    expect(parseItunSmpb(' 00000000 00000840 000001C0 0000000000015888 00000000 00000000')).toEqual({
      encoderDelaySamples: 2112,
      paddingSamples: 448,
      totalSamples: 88200,
    });
  });

  it('gives nothing for a value that is not four hex words', () => {
    expect(parseItunSmpb('')).toBeNull();
    expect(parseItunSmpb(' 00000000 zz 000001C0 0000000000015888')).toBeNull();
  });
});
