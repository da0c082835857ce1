import type { AudioFile } from './audio-files.js';

/** What became of one file in a run. */
export type FileOutcome =
  | { kind: 'imported'; songId: string }
  /** The library held a song of the same file before it was sent (or an earlier copy in this run). */
  | { kind: 'already there' }
  /** The server judged the file and said no (BAD_USER_INPUT): sending it again would not help. */
  | { kind: 'refused'; reason: string; message: string }
  /** Not judged (the server or the file could not be read): the next run tries it again. */
  | { kind: 'failed'; message: string };

/** What became of the .lrc beside an audio file. */
export type LyricsOutcome =
  | { kind: 'attached'; skippedLines: number }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; message: string };

export interface SettledFile {
  file: AudioFile;
  outcome: FileOutcome;
  /** Set when the file has an .lrc beside it and its song took (or refused) it in this run. */
  lyrics?: LyricsOutcome;
}
