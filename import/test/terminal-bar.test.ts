import { Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { terminalBar } from '../src/progress-display.js';

/** A stream that says it is a terminal, keeping what is drawn on it. */
function fakeTerminal() {
  let drawn = '';
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        drawn += chunk.toString('utf8');
        done();
      },
    }),
    { isTTY: true, columns: 160 },
  ) as unknown as NodeJS.WriteStream;
  return { stream, drawn: () => stripVTControlCharacters(drawn) };
}

describe('the progress bar on a terminal', () => {
  it('shows files and bytes done, speed and time left, and prints refused files above it', () => {
    const terminal = fakeTerminal();
    const bar = terminalBar({ files: 2, bytes: 3_000_000 }, terminal.stream);
    bar.bytes(1_000_000);
    bar.settled({
      file: { path: '/music/a.mp3', name: 'a.mp3', sizeBytes: 1_000_000 },
      outcome: { kind: 'refused', reason: 'NOT_AUDIO', message: 'This file is not an audio file we accept' },
    });
    bar.bytes(2_000_000);
    bar.settled({
      file: { path: '/music/b.mp3', name: 'b.mp3', sizeBytes: 2_000_000 },
      outcome: { kind: 'imported', songId: 'x' },
    });
    bar.stop();
    const drawn = terminal.drawn();
    expect(drawn).toContain('refused  a.mp3: NOT_AUDIO: This file is not an audio file we accept');
    expect(drawn).not.toContain('imported  b.mp3');
    expect(drawn).toMatch(/100% \| 2\/2 files \| 3 MB of 3 MB \| [\d.]+ [kMG]?B\/s \| \S+ left/);
  });
});
