import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import prettyBytes from 'pretty-bytes';
import type { ImportProgress } from './import-run.js';
import type { FileOutcome } from './outcomes.js';

export interface ProgressDisplay extends ImportProgress {
  stop(): void;
}

export interface Totals {
  files: number;
  bytes: number;
}

/** One line per settled file, for logs and pipes: `[3/40] imported  Album/01 Song.mp3`. */
export function plainLines(totals: Totals, write: (line: string) => void): ProgressDisplay {
  let settled = 0;
  return {
    bytes() {},
    settled({ file, outcome }) {
      settled++;
      write(`[${settled}/${totals.files}] ${describe(file.name, outcome)}`);
    },
    stop() {},
  };
}

/**
 * A bar on the terminal: files and bytes done, speed and time left. Refused and failed files are
 * printed above it as they happen; imported ones only move the bar.
 */
export function terminalBar(totals: Totals, stream: NodeJS.WriteStream): ProgressDisplay {
  const started = performance.now();
  let files = 0;
  let bytes = 0;
  const bars = new MultiBar(
    {
      stream,
      format:
        '{bar} {percentage}% | {files}/{totalFiles} files | {done} of {totalBytes} | {speed} | {eta_formatted} left',
      etaBuffer: 50,
      fps: 5,
    },
    Presets.shades_classic,
  );
  const payload = () => {
    const seconds = (performance.now() - started) / 1000;
    return {
      files,
      totalFiles: totals.files,
      done: prettyBytes(bytes),
      totalBytes: prettyBytes(totals.bytes),
      speed: seconds > 0 ? `${prettyBytes(bytes / seconds)}/s` : '',
    };
  };
  // A bar of bytes: its time left is the bytes left at the speed so far. Empty files still count.
  const bar: SingleBar = bars.create(Math.max(totals.bytes, 1), 0, payload());
  return {
    bytes(count) {
      bytes = Math.min(bytes + count, totals.bytes);
      bar.update(bytes, payload());
    },
    settled({ file, outcome }) {
      files++;
      if (outcome.kind === 'refused' || outcome.kind === 'failed') bars.log(`${describe(file.name, outcome)}\n`);
      bar.update(bytes, payload());
    },
    stop() {
      bar.update(Math.max(totals.bytes, 1), payload());
      // Draws what was logged since the last frame: stop() alone would drop it.
      bars.update();
      bars.stop();
    },
  };
}

export function describe(name: string, outcome: FileOutcome): string {
  switch (outcome.kind) {
    case 'imported':
      return `imported  ${name}`;
    case 'already there':
      return `already there  ${name}`;
    case 'refused':
      return `refused  ${name}: ${outcome.reason}: ${outcome.message}`;
    case 'failed':
      return `failed  ${name}: ${outcome.message}`;
  }
}
