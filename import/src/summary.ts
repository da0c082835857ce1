import prettyBytes from 'pretty-bytes';
import type { SettledFile } from './outcomes.js';
import { describe } from './progress-display.js';

export interface RunSummary {
  lines: string[];
  /** 0 when every file was imported or already there (and its .lrc attached), 1 when any was refused or failed. */
  exitCode: 0 | 1;
}

/** The end of a run: counts, then every file that did not make it, each with why. */
export function summarise(results: readonly SettledFile[], { skipped, seconds }: { skipped: number; seconds: number }) {
  const count = (kind: SettledFile['outcome']['kind']) => results.filter((result) => result.outcome.kind === kind);
  const imported = count('imported');
  const notImported = [...count('refused'), ...count('failed')].sort((a, b) =>
    a.file.name < b.file.name ? -1 : a.file.name > b.file.name ? 1 : 0,
  );
  const sentBytes = imported.reduce((sum, result) => sum + result.file.sizeBytes, 0);
  const lines = [
    `Imported ${imported.length}, already there ${count('already there').length}, refused ${count('refused').length}, failed ${count('failed').length}` +
      ` (${results.length} audio files; ${prettyBytes(sentBytes)} imported in ${seconds.toFixed(1)} s).`,
  ];
  if (skipped > 0) lines.push(`Skipped ${skipped} files that are not audio by their extension.`);
  const lyrics = (kind: NonNullable<SettledFile['lyrics']>['kind']) =>
    results.filter((result) => result.lyrics?.kind === kind);
  const lyricsProblems = [...lyrics('refused'), ...lyrics('failed')];
  if (results.some((result) => result.lyrics)) {
    lines.push(
      `Lyrics (.lrc): attached ${lyrics('attached').length}, refused ${lyrics('refused').length}, failed ${lyrics('failed').length}.`,
    );
  }
  for (const result of lyricsProblems) {
    lines.push(
      `  lyrics ${result.lyrics!.kind}  ${result.file.name}: ${(result.lyrics as { message: string }).message}`,
    );
  }
  for (const result of notImported) lines.push(`  ${describe(result.file.name, result.outcome)}`);
  if (count('failed').length > 0)
    lines.push('Failed files were not judged by the server: run the import again to retry them.');
  return { lines, exitCode: notImported.length > 0 || lyricsProblems.length > 0 ? 1 : 0 } satisfies RunSummary;
}
