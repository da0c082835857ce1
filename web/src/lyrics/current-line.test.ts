import { describe, expect, it } from 'vitest';
import { currentLineIndex } from './current-line';

const lines = [{ timeMs: 1000 }, { timeMs: 2500 }, { timeMs: 2500 }, { timeMs: 9000 }];

describe('the current lyric line', () => {
  it('is none before the first line starts', () => {
    expect(currentLineIndex(lines, 0)).toBe(-1);
    expect(currentLineIndex(lines, 999)).toBe(-1);
    expect(currentLineIndex([], 5000)).toBe(-1);
  });

  it('is the last line whose time has come, from the moment it starts', () => {
    expect(currentLineIndex(lines, 1000)).toBe(0);
    expect(currentLineIndex(lines, 2499)).toBe(0);
    // Two lines at the same time: the later one (as written in the file) is shown.
    expect(currentLineIndex(lines, 2500)).toBe(2);
    expect(currentLineIndex(lines, 8999)).toBe(2);
    expect(currentLineIndex(lines, 60_000)).toBe(3);
  });
});
